import { setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { EditorState, Text, TransactionSpec } from '@codemirror/state';
import { bodyLineOf } from '../../shared/body-lines';
import type { Diagnostic } from '../../shared/diagnostics';

/**
 * The marked range: from the column to the end of the non-blank run there (the link, image
 * path or word the finding is about), capped at the line end. A column past the line end
 * (the text changed since validation) marks the line end.
 */
function markedRange(doc: Text, bodyLine: number, column: number): { from: number; to: number } {
  const line = doc.line(bodyLine);
  const offset = Math.min(Math.max(column, 1) - 1, line.length);
  const rest = line.text.slice(offset);
  const run = /^\S*/.exec(rest)?.[0].length ?? 0;
  return { from: line.from + offset, to: line.from + offset + run };
}

export function toLintDiagnostics(diagnostics: readonly Diagnostic[], bodyStartLine: number, doc: Text): LintDiagnostic[] {
  const result: LintDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const bodyLine = bodyLineOf(diagnostic.line, bodyStartLine, doc.lines);
    if (bodyLine === null) continue;
    result.push({
      ...markedRange(doc, bodyLine, diagnostic.column),
      severity: diagnostic.severity,
      source: diagnostic.rule,
      message: `${diagnostic.rule}: ${diagnostic.message}`,
    });
  }
  return result.sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * The transaction that replaces the body's marks with these diagnostics. Pushed by the app
 * (debounced after typing), never computed here: nothing runs per keystroke.
 */
export function diagnosticsTransaction(state: EditorState, diagnostics: readonly Diagnostic[], bodyStartLine: number): TransactionSpec {
  return setDiagnostics(state, toLintDiagnostics(diagnostics, bodyStartLine, state.doc));
}
