import { parseSource } from '../../roundtrip/split-source';
import { mergeBlocks, type MergeSegment } from './block-merge';
import { splitFields, type FieldEntries } from './field-entries';
import { mergeFields, pick3 } from './field-merge';
import type { MergePlan, Piece, PieceSection } from './merge-plan';

interface Prepared {
  bom: string;
  /** Every line break is CRLF (then `text` has them as '\n'). */
  crlf: boolean;
  finalNewline: boolean;
  /** Without the byte order mark, CRLF files as '\n'. */
  text: string;
}

const BOM = '\uFEFF';

function prepare(raw: string): Prepared {
  const bom = raw.startsWith(BOM) ? BOM : '';
  let text = raw.slice(bom.length);
  const crlf = text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
  if (crlf) text = text.replace(/\r\n/g, '\n');
  return { bom, crlf, finalNewline: text === '' || text.endsWith('\n'), text };
}

const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
const joinLines = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');

function chosen<T>(base: T, mine: T, theirs: T): T {
  return pick3(base, mine, theirs) === 'theirs' ? theirs : mine;
}

function labelOf(...texts: (string | null)[]): string {
  for (const text of texts) {
    const line = text?.split('\n').find((l) => l.trim() !== '');
    if (line) {
      const trimmed = line.trim();
      return trimmed.length > 70 ? `${trimmed.slice(0, 69)}…` : trimmed;
    }
  }
  return '(empty lines)';
}

function blockPieces(segments: MergeSegment[], section: PieceSection, prefix: string): Piece[] {
  let n = 0;
  return segments.map((segment) => {
    if (segment.kind === 'text') return { kind: 'text', section, text: joinLines(segment.lines) };
    const [base, mine, theirs] = [joinLines(segment.base), joinLines(segment.mine), joinLines(segment.theirs)];
    return { kind: 'conflict', id: `${prefix}:${n++}`, section, label: labelOf(base, mine, theirs), base, mine, theirs, canJoin: true };
  });
}

interface Sections {
  open: string;
  fields: FieldEntries;
  close: string;
  body: string;
}

function sectionsOf(text: string): Sections | null {
  const parts = parseSource(text);
  if (!parts.hasFrontmatter) return null;
  const fields = splitFields(text.slice(parts.frontmatter.start, parts.frontmatter.end));
  if (!fields) return null;
  return {
    open: text.slice(parts.open.start, parts.open.end),
    fields,
    close: text.slice(parts.close.start, parts.close.end),
    body: text.slice(parts.body.start),
  };
}

/**
 * Plans the merge of a post (frontmatter and markdown): fields key by key, the body with git's
 * merge-file block by block. `base` is null when both sides created the file. Where a side's
 * frontmatter cannot be cut into fields exactly, the whole text is merged as lines instead.
 */
export async function planPostMerge(baseRaw: string | null, mineRaw: string, theirsRaw: string): Promise<MergePlan> {
  const [mine, theirs] = [prepare(mineRaw), prepare(theirsRaw)];
  const base = baseRaw === null ? null : prepare(baseRaw);
  const plan: MergePlan = {
    pieces: [],
    bom: chosen(base?.bom ?? mine.bom, mine.bom, theirs.bom),
    eol: chosen(base?.crlf ?? mine.crlf, mine.crlf, theirs.crlf) ? '\r\n' : '\n',
    finalNewline: chosen(base?.finalNewline ?? mine.finalNewline, mine.finalNewline, theirs.finalNewline),
    notes: { fieldsFromMine: [], fieldsFromTheirs: [], listsJoined: [], textFromMine: false, textFromTheirs: false },
  };
  const baseText = base?.text ?? '';
  const [b, m, t] = [sectionsOf(baseText), sectionsOf(mine.text), sectionsOf(theirs.text)];
  const baseSections = b ?? (baseText === '' && m && t ? { open: m.open, fields: { entries: [], tail: '' }, close: m.close, body: '' } : null);

  const fields = baseSections && m && t ? mergeFields(baseSections.fields, m.fields, t.fields) : null;
  if (!baseSections || !m || !t || !fields) {
    plan.notes.textFromMine = mine.text !== baseText;
    plan.notes.textFromTheirs = theirs.text !== baseText;
    plan.pieces = blockPieces(await mergeBlocks(linesOf(baseText), linesOf(mine.text), linesOf(theirs.text)), 'text', 'text');
    return plan;
  }

  plan.notes.fieldsFromMine = fields.fromMine;
  plan.notes.fieldsFromTheirs = fields.fromTheirs;
  plan.notes.listsJoined = fields.listsJoined;
  plan.notes.textFromMine = m.body !== baseSections.body;
  plan.notes.textFromTheirs = t.body !== baseSections.body;

  plan.pieces.push({ kind: 'text', section: 'fields', text: chosen(baseSections.open, m.open, t.open) });
  for (const piece of fields.pieces) {
    if (piece.kind === 'text') plan.pieces.push({ kind: 'text', section: 'fields', text: piece.text });
    else {
      const label = piece.key || 'comments after the last field';
      plan.pieces.push({ kind: 'conflict', id: `field:${piece.key}`, section: 'fields', label, base: piece.base, mine: piece.mine, theirs: piece.theirs, canJoin: false });
    }
  }
  plan.pieces.push({ kind: 'text', section: 'fields', text: chosen(baseSections.close, m.close, t.close) });
  const body = await mergeBlocks(linesOf(baseSections.body), linesOf(m.body), linesOf(t.body));
  plan.pieces.push(...blockPieces(body, 'text', 'text'));
  return plan;
}
