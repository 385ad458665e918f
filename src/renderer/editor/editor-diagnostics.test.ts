import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import { bodyLineOf, fileLineOf } from '../../shared/body-lines';
import { toLintDiagnostics } from './editor-diagnostics';

const finding = (line: number, column: number, rule: Diagnostic['rule'], severity: Diagnostic['severity'], message: string): Diagnostic => ({
  file: 'src/data/post/2024-01-31-update.md',
  line,
  column,
  rule,
  severity,
  message,
});

describe('bodyLineOf', () => {
  // A file whose frontmatter takes lines 1-5 and whose body starts on line 6.
  it('maps whole-file lines to body lines', () => {
    expect(bodyLineOf(6, 6, 10)).toBe(1);
    expect(bodyLineOf(9, 6, 10)).toBe(4);
    expect(fileLineOf(4, 6)).toBe(9);
  });

  it('has no body line for frontmatter lines', () => {
    expect(bodyLineOf(2, 6, 10)).toBeNull();
    expect(bodyLineOf(5, 6, 10)).toBeNull();
  });

  it('clamps lines past the end of the body to its last line', () => {
    expect(bodyLineOf(40, 6, 10)).toBe(10);
  });

  it('works for a file without frontmatter', () => {
    expect(bodyLineOf(1, 1, 3)).toBe(1);
  });
});

describe('toLintDiagnostics', () => {
  const body = Text.of(['Intro text.', '', 'See [the hackathon](/updates/2023-09-15-hackathon) and ![x](~/assets/missing.png)']);
  const bodyStartLine = 8;

  it('marks the link the finding points at, with the rule in the message and the same severity', () => {
    const [mark] = toLintDiagnostics([finding(10, 5, 'link-broken', 'error', 'No page at /updates/2023-09-15-hackathon')], bodyStartLine, body);
    const line = body.line(3);
    expect(mark).toMatchObject({ severity: 'error', source: 'link-broken', message: 'link-broken: No page at /updates/2023-09-15-hackathon' });
    expect(body.sliceString(mark!.from, mark!.to)).toBe('[the');
    expect(mark!.from).toBe(line.from + 4);
  });

  it('maps warnings and infos and sorts marks by position', () => {
    const marks = toLintDiagnostics(
      [finding(10, body.line(3).text.indexOf('![') + 1, 'image-missing', 'warning', 'Image not found'), finding(8, 1, 'heading-order', 'info', 'Heading skips a level')],
      bodyStartLine,
      body,
    );
    expect(marks.map((m) => [m.severity, body.lineAt(m.from).number])).toEqual([
      ['info', 1],
      ['warning', 3],
    ]);
    expect(body.sliceString(marks[1]!.from, marks[1]!.to)).toBe('![x](~/assets/missing.png)');
  });

  it('leaves frontmatter findings to the form', () => {
    expect(toLintDiagnostics([finding(3, 1, 'schema', 'error', 'title is required')], bodyStartLine, body)).toEqual([]);
  });

  it('clamps findings beyond the current text instead of failing', () => {
    const [mark] = toLintDiagnostics([finding(99, 500, 'link-broken', 'error', 'gone')], bodyStartLine, body);
    expect(mark!.from).toBe(body.length);
    expect(mark!.to).toBe(body.length);
  });
});
