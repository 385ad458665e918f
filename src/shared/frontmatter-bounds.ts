/**
 * Where a content file's frontmatter begins and ends: the one rule every layer uses (the
 * validator, the round-trip editor, the diff, new-post templates and the renderer), so the
 * form, the editor and the checks always agree about which line is the first of the body.
 *
 * The rule is the one Astro 5 (its `parseFrontmatter`) and gray-matter share:
 * - a frontmatter opens with `---` at the very start of the file, after an optional byte
 *   order mark; a fourth dash makes it a thematic break instead (gray-matter's rule);
 * - text after the opening dashes (`---js`, `---yaml`) is the fence's language, which
 *   Astro reads as part of the YAML and gray-matter as a language to run: callers treat
 *   anything but blanks or a comment as a block they must not read or edit;
 * - it closes at the first later line that starts with `---` (trailing blanks or not);
 * - a `...` line does not close it: it stays in the YAML, as both readers see it;
 * - with no closing line it is unclosed: Astro then reads the whole file as body.
 *
 * Offsets index the original string, so edits splice ranges and never re-serialise.
 * Only the head of the file is scanned (one indexOf to the closing line), never the body.
 */

export type Eol = '\n' | '\r\n';

export interface TextRange {
  start: number;
  end: number;
}

export type FrontmatterState = 'none' | 'closed' | 'unclosed';

export interface FrontmatterBounds {
  /** '\uFEFF' when the file starts with a byte order mark, else ''. */
  bom: string;
  /** The file's line ending (that of its first line break; LF when it has none). */
  eol: Eol;
  state: FrontmatterState;
  /** What follows `---` on the opening line, trimmed: '' for a YAML fence, 'js' for `---js`. */
  language: string;
  /** The opening `---` line with its line break (empty when there is no fence). */
  open: TextRange;
  /** The text between the fence lines (to the end of the file when unclosed). */
  yaml: TextRange;
  /** The closing `---` line with its line break, if any (empty unless closed). */
  close: TextRange;
  /** The markdown body: after the closing line; the whole file after the BOM otherwise. */
  body: TextRange;
  /** 1-based line of the body's first line (1 unless closed; the line after the closing one when closed). */
  bodyLine: number;
}

export const BOM = '\uFEFF';

export function detectEol(text: string): Eol {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

function lineEndAfter(text: string, start: number): number {
  const lf = text.indexOf('\n', start);
  return lf === -1 ? text.length : lf + 1;
}

function countLineBreaks(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The parts of `text`; see the module comment for the rule. */
export function splitFrontmatter(text: string): FrontmatterBounds {
  const bom = text.startsWith(BOM) ? BOM : '';
  const eol = detectEol(text);
  const start = bom.length;
  const empty = { start, end: start };
  const none: FrontmatterBounds = {
    bom,
    eol,
    state: 'none',
    language: '',
    open: empty,
    yaml: empty,
    close: empty,
    body: { start, end: text.length },
    bodyLine: 1,
  };
  if (!text.startsWith('---', start) || text.charAt(start + 3) === '-') return none;
  const openEnd = lineEndAfter(text, start);
  const language = text.slice(start + 3, openEnd).trim();
  const open = { start, end: openEnd };
  // The closing line starts right after a line break: search from the opening line's own break.
  const closeAt = openEnd > start && text[openEnd - 1] === '\n' ? text.indexOf('\n---', openEnd - 1) : -1;
  if (closeAt === -1) {
    return { ...none, state: 'unclosed', language, open, yaml: { start: openEnd, end: text.length } };
  }
  const closeStart = closeAt + 1;
  const closeEnd = lineEndAfter(text, closeStart);
  return {
    bom,
    eol,
    state: 'closed',
    language,
    open,
    yaml: { start: openEnd, end: closeStart },
    close: { start: closeStart, end: closeEnd },
    body: { start: closeEnd, end: text.length },
    // The line after the closing one, even when the file ends on the closing line.
    bodyLine: countLineBreaks(text, closeStart) + 2,
  };
}

/** The YAML a reader should parse: none for a language fence that is not a comment. */
export function isYamlFence(bounds: FrontmatterBounds): boolean {
  return bounds.language === '' || bounds.language.startsWith('#');
}

/**
 * Text of a head (BOM and frontmatter) followed by a body. A closing line that ends the
 * file without a line break gets one before a non-empty body, so the body's first line
 * never joins the fence (`---Body` would still close, and swallow that line).
 */
export function joinHeadAndBody(head: string, body: string, eol: Eol = detectEol(head)): string {
  if (body === '' || head === '' || head === BOM || head.endsWith('\n')) return head + body;
  return head + eol + body;
}

/** 1-based line number of an offset. */
export function lineNumberAt(text: string, offset: number): number {
  return countLineBreaks(text, offset) + 1;
}
