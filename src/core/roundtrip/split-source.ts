/**
 * Splits a content file into the parts a save must keep apart, without touching a byte:
 * an optional UTF-8 BOM, the `---` delimiter lines, the YAML between them and the body.
 * Offsets index into the original string, so edits splice ranges instead of re-serialising.
 */

export type Eol = '\n' | '\r\n';

export interface TextRange {
  start: number;
  end: number;
}

export interface SourceParts {
  /** '\uFEFF' when the file starts with a byte order mark, else ''. */
  bom: string;
  /** Line ending style of the file (that of its first line break; LF when it has none). */
  eol: Eol;
  hasFrontmatter: boolean;
  /** The opening `---` line with its line ending (empty range when there is no frontmatter). */
  open: TextRange;
  /** The YAML between the delimiter lines; always ends with a line break unless empty. */
  frontmatter: TextRange;
  /** The closing `---` line with its line ending, if any. */
  close: TextRange;
  /** Everything after the closing delimiter line (the whole file after the BOM without frontmatter). */
  body: TextRange;
}

const BOM = '\uFEFF';
// A delimiter line: three dashes, optional trailing blanks (kept, never normalised).
const DELIMITER = /^---[ \t]*$/;

export function detectEol(text: string): Eol {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** End offset of the line starting at `start`, line break included. */
function lineEnd(text: string, start: number): number {
  const lf = text.indexOf('\n', start);
  return lf === -1 ? text.length : lf + 1;
}

function lineContent(text: string, start: number, end: number): string {
  let stop = end;
  if (text[stop - 1] === '\n') stop -= 1;
  if (text[stop - 1] === '\r') stop -= 1;
  return text.slice(start, stop);
}

export function parseSource(text: string): SourceParts {
  const bom = text.startsWith(BOM) ? BOM : '';
  const eol = detectEol(text);
  const start = bom.length;
  const noFrontmatter: SourceParts = {
    bom,
    eol,
    hasFrontmatter: false,
    open: { start, end: start },
    frontmatter: { start, end: start },
    close: { start, end: start },
    body: { start, end: text.length },
  };
  const openEnd = lineEnd(text, start);
  // The opening line needs its own line break: `---` alone at the end of a file is a thematic break.
  if (text[openEnd - 1] !== '\n' || !DELIMITER.test(lineContent(text, start, openEnd))) return noFrontmatter;

  let pos = openEnd;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    if (DELIMITER.test(lineContent(text, pos, end))) {
      return {
        bom,
        eol,
        hasFrontmatter: true,
        open: { start, end: openEnd },
        frontmatter: { start: openEnd, end: pos },
        close: { start: pos, end },
        body: { start: end, end: text.length },
      };
    }
    pos = end;
  }
  return noFrontmatter;
}

export function frontmatterText(text: string, parts: SourceParts = parseSource(text)): string {
  return text.slice(parts.frontmatter.start, parts.frontmatter.end);
}

export function getBody(text: string, parts: SourceParts = parseSource(text)): string {
  return text.slice(parts.body.start);
}

/** Replaces only the body range: the BOM, delimiters and frontmatter keep every byte. */
export function setBody(text: string, body: string): string {
  const parts = parseSource(text);
  return text.slice(0, parts.body.start) + body;
}

/** Puts edited YAML back between the delimiters, creating them (in the file's line ending) when absent. */
export function replaceFrontmatter(text: string, yamlText: string, parts: SourceParts = parseSource(text)): string {
  if (parts.hasFrontmatter) {
    return text.slice(0, parts.frontmatter.start) + yamlText + text.slice(parts.frontmatter.end);
  }
  if (yamlText === '') return text;
  return parts.bom + '---' + parts.eol + yamlText + '---' + parts.eol + text.slice(parts.body.start);
}

/** 1-based line number of an offset. */
export function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
