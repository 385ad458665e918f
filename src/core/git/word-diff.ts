import { splitFrontmatter } from '../../shared/frontmatter-bounds';
import { diffSequences } from './myers';

export interface DiffPart {
  text: string;
  /** This part was removed (on the old side) or added (on the new side). */
  changed: boolean;
}

export type DiffRowKind = 'same' | 'added' | 'removed' | 'changed';

/** One row of a side-by-side view; an inline view shows `old` then `new` for 'changed' rows. */
export interface DiffRow {
  kind: DiffRowKind;
  /** 1-based line numbers; absent on the side where the line does not exist. */
  oldLine?: number;
  newLine?: number;
  old?: DiffPart[];
  new?: DiffPart[];
  /** Whether the row is in the frontmatter (the form fields) or in the body. */
  section: 'frontmatter' | 'body';
}

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Words, runs of spaces, and single punctuation marks: the units a writer thinks in. */
export function splitWords(line: string): string[] {
  return line.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}

/** Last line (1-based) of the frontmatter block, or 0 when the text has none (or it is not closed). */
export function frontmatterEnd(text: string): number {
  const bounds = splitFrontmatter(text);
  return bounds.state === 'closed' ? bounds.bodyLine - 1 : 0;
}

/** Line diff, then a word diff inside each pair of replaced lines. */
export function diffTexts(oldText: string, newText: string): DiffRow[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const aFm = frontmatterEnd(oldText);
  const bFm = frontmatterEnd(newText);
  const sectionOf = (oldLine?: number, newLine?: number): DiffRow['section'] =>
    newLine !== undefined ? (newLine <= bFm ? 'frontmatter' : 'body') : oldLine !== undefined && oldLine <= aFm ? 'frontmatter' : 'body';
  const rows: DiffRow[] = [];
  const edits = diffSequences(a, b);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.kind === 'equal') {
      for (let j = 0; j < e.length; j++) {
        const text = [{ text: a[e.aStart + j]!, changed: false }];
        const oldLine = e.aStart + j + 1;
        const newLine = e.bStart + j + 1;
        rows.push({ kind: 'same', oldLine, newLine, old: text, new: text, section: sectionOf(oldLine, newLine) });
      }
      continue;
    }
    // A delete followed by an insert (or the reverse) is a block of replaced lines.
    const next = edits[i + 1];
    const del = e.kind === 'delete' ? e : next?.kind === 'delete' ? next : undefined;
    const ins = e.kind === 'insert' ? e : next?.kind === 'insert' ? next : undefined;
    if (del && ins) i++;
    const removed = del ? a.slice(del.aStart, del.aStart + del.length) : [];
    const added = ins ? b.slice(ins.bStart, ins.bStart + ins.length) : [];
    const paired = Math.min(removed.length, added.length);
    for (let j = 0; j < Math.max(removed.length, added.length); j++) {
      const oldLine = j < removed.length ? del!.aStart + j + 1 : undefined;
      const newLine = j < added.length ? ins!.bStart + j + 1 : undefined;
      const section = sectionOf(oldLine, newLine);
      if (j < paired) {
        const [oldParts, newParts] = diffWords(removed[j]!, added[j]!);
        rows.push({ kind: 'changed', oldLine, newLine, old: oldParts, new: newParts, section });
      } else if (j < removed.length) {
        rows.push({ kind: 'removed', oldLine, old: [{ text: removed[j]!, changed: true }], section });
      } else {
        rows.push({ kind: 'added', newLine, new: [{ text: added[j]!, changed: true }], section });
      }
    }
  }
  return rows;
}

export function diffWords(oldLine: string, newLine: string): [DiffPart[], DiffPart[]] {
  const a = splitWords(oldLine);
  const b = splitWords(newLine);
  const oldParts: DiffPart[] = [];
  const newParts: DiffPart[] = [];
  for (const e of diffSequences(a, b)) {
    if (e.kind !== 'insert') for (let j = 0; j < e.length; j++) oldParts.push({ text: a[e.aStart + j]!, changed: e.kind === 'delete' });
    if (e.kind !== 'delete') for (let j = 0; j < e.length; j++) newParts.push({ text: b[e.bStart + j]!, changed: e.kind === 'insert' });
  }
  return [tidy(oldParts), tidy(newParts)];
}

/** Marks a lone space between two changed words as changed, then merges neighbours: "new words" reads as one change. */
function tidy(parts: DiffPart[]): DiffPart[] {
  for (let i = 1; i < parts.length - 1; i++) {
    if (!parts[i]!.changed && /^\s+$/.test(parts[i]!.text) && parts[i - 1]!.changed && parts[i + 1]!.changed) parts[i]!.changed = true;
  }
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.changed === p.changed) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

export type CollapsedRow = DiffRow | { kind: 'skipped'; count: number; section: DiffRow['section'] };

/** Keeps `context` unchanged rows around each change and folds the rest into 'skipped' rows. */
export function collapseUnchanged(rows: DiffRow[], context = 3): CollapsedRow[] {
  const keep = rows.map((r) => r.kind !== 'same');
  const near = keep.slice();
  keep.forEach((changed, i) => {
    if (!changed) return;
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) near[j] = true;
  });
  const out: CollapsedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (near[i]) {
      out.push(rows[i]!);
      continue;
    }
    const last = out[out.length - 1];
    if (last && last.kind === 'skipped') last.count++;
    else out.push({ kind: 'skipped', count: 1, section: rows[i]!.section });
  }
  return out;
}
