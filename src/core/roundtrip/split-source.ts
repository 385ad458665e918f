/**
 * Splits a content file into the parts a save must keep apart, without touching a byte:
 * an optional UTF-8 BOM, the `---` delimiter lines, the YAML between them and the body.
 * Offsets index into the original string, so edits splice ranges instead of re-serialising.
 * Where the frontmatter ends is decided by the one shared rule (src/shared/frontmatter-bounds).
 */
import { splitFrontmatter, type Eol, type FrontmatterState, type TextRange } from '../../shared/frontmatter-bounds';

export { detectEol, lineNumberAt, type Eol, type TextRange } from '../../shared/frontmatter-bounds';

export interface SourceParts {
  /** '\uFEFF' when the file starts with a byte order mark, else ''. */
  bom: string;
  /** Line ending style of the file (that of its first line break; LF when it has none). */
  eol: Eol;
  /** A closed `---` block starts the file. */
  hasFrontmatter: boolean;
  /** 'unclosed': an opening `---` with no closing line, which no edit may guess at. */
  state: FrontmatterState;
  /** Text after the opening dashes (`js` for `---js`); '' for a YAML fence. */
  language: string;
  /** The opening `---` line with its line ending (empty range when there is no frontmatter). */
  open: TextRange;
  /** The YAML between the delimiter lines; always ends with a line break unless empty. */
  frontmatter: TextRange;
  /** The closing `---` line with its line ending, if any. */
  close: TextRange;
  /** Everything after the closing delimiter line (the whole file after the BOM without frontmatter). */
  body: TextRange;
}

export function parseSource(text: string): SourceParts {
  const bounds = splitFrontmatter(text);
  const closed = bounds.state === 'closed';
  const start = bounds.bom.length;
  const empty = { start, end: start };
  return {
    bom: bounds.bom,
    eol: bounds.eol,
    hasFrontmatter: closed,
    state: bounds.state,
    language: bounds.language,
    open: closed ? bounds.open : empty,
    frontmatter: closed ? bounds.yaml : empty,
    close: bounds.close,
    body: bounds.body,
  };
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
  if (parts.state === 'unclosed') throw new Error('The frontmatter has no closing --- line; a new block would duplicate it.');
  if (yamlText === '') return text;
  return parts.bom + '---' + parts.eol + yamlText + '---' + parts.eol + text.slice(parts.body.start);
}
