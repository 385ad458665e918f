/**
 * Word count and reading time of a post body, the one count the status bar and the preview
 * header both show, as a reader would count them.
 *
 * Markup is ignored (heading hashes, emphasis marks, list markers, link and image targets,
 * HTML tags and comments, entities). Code counts: AstroWind's reading time counts the text
 * of the whole markdown tree, code included, and the figure shown here should match the one
 * on the site. Han, Hiragana and Katakana characters count one word each (those scripts do
 * not separate words with spaces), as the `reading-time` package used by AstroWind does.
 */

/** AstroWind computes `Math.ceil(readingTime(text).minutes)` at 200 words per minute. */
export const WORDS_PER_MINUTE = 200;

export interface DocumentStats {
  words: number;
  readingMinutes: number;
}

/** What a line inherits from the lines above it. */
export interface ScanState {
  /** The opening fence (e.g. "```") while inside fenced code. */
  fence: string | null;
  /** Inside an HTML comment that has not closed yet. */
  comment: boolean;
}

export const START: ScanState = { fence: null, comment: false };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s/;
const LIST_MARKER = /^\s*(?:>\s*)*(?:[-+*]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const LINK_REFERENCE = /\]\[[^\]]*\]/g;
const FOOTNOTE_REFERENCE = /\[\^[^\]]+\]/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);/g;
/** A bare or autolinked URL is one word to a reader, not its path segments. */
const URL = /<?(?:https?:\/\/|mailto:|www\.)[^\s<>]*>?/g;
const LETTER = /[\p{L}\p{N}\p{M}]/u;

function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0x3400 && code <= 0x4dbf) || // Han extension A
    (code >= 0x4e00 && code <= 0x9fff) || // Han
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f) || // half-width Katakana
    (code >= 0x20000 && code <= 0x3134f) // Han extensions B…G
  );
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Apostrophes, hyphens, dots and underscores between letters keep a word whole: `don't`, `3.5`, `snake_case`. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 46 || code === 95 || code === 0x2019;
}

/** A hand-written scanner: a Unicode regex over a 1 MB body costs ten times as much. */
function countPlainWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i) ?? code;
      width = 2;
    }
    let word: boolean;
    if (code < 128) word = isAsciiWordChar(code);
    else if (isCjk(code)) {
      count++;
      inWord = false;
      i += width - 1;
      continue;
    } else word = LETTER.test(String.fromCodePoint(code));
    if (word) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && isJoiner(code) && i + 1 < text.length && wordCharAt(text, i + 1))) {
      inWord = false;
    }
    i += width - 1;
  }
  return count;
}

function wordCharAt(text: string, index: number): boolean {
  const code = text.codePointAt(index) ?? 0;
  if (code < 128) return isAsciiWordChar(code);
  return !isCjk(code) && LETTER.test(String.fromCodePoint(code));
}

function stripInlineMarkup(line: string): string {
  // Most lines have none of these: skip the regular expressions for them.
  if (!/[\]<&:]|www\./.test(line)) return line;
  return line
    .replace(LINK_TARGET, '] ')
    .replace(LINK_REFERENCE, '] ')
    .replace(FOOTNOTE_REFERENCE, ' ')
    .replace(URL, ' url ')
    .replace(HTML_TAG, ' ')
    .replace(ENTITY, ' ');
}

/** Removes HTML comments, which may span lines. */
function stripComments(line: string, state: ScanState): { text: string; comment: boolean } {
  let text = line;
  if (state.comment) {
    const end = text.indexOf('-->');
    if (end < 0) return { text: '', comment: true };
    text = text.slice(end + 3);
  }
  for (let start = text.indexOf('<!--'); start >= 0; start = text.indexOf('<!--')) {
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return { text: text.slice(0, start), comment: true };
    text = `${text.slice(0, start)} ${text.slice(end + 3)}`;
  }
  return { text, comment: false };
}

/** The first non-blank character decides which block markup a line can have: most lines have none. */
function firstMark(line: string): string {
  return line.trimStart().charAt(0);
}

function scanLine(line: string, state: ScanState): { words: number; state: ScanState } {
  if (state.fence !== null) {
    const close = FENCE.exec(line)?.[1];
    // A closing fence uses the same character, at least as many times, and nothing else.
    if (close && close[0] === state.fence[0] && close.length >= state.fence.length && line.trim() === close) {
      return { words: 0, state: START };
    }
    return { words: countPlainWords(line), state };
  }
  const { text, comment } = state.comment || line.includes('<!--') ? stripComments(line, state) : { text: line, comment: false };
  const next = comment === state.comment ? state : { fence: null, comment };
  const mark = firstMark(text);
  if (mark === '`' || mark === '~') {
    const open = state.comment ? undefined : FENCE.exec(text)?.[1];
    if (open) return { words: 0, state: { fence: open, comment: false } };
  }
  if (mark === '[' && REFERENCE_DEFINITION.test(text)) return { words: 0, state: next };
  const content = /[-+*>0-9]/.test(mark) ? text.replace(LIST_MARKER, ' ') : text;
  return { words: countPlainWords(stripInlineMarkup(content)), state: next };
}

export function scanLines(lines: Iterable<string>, entry: ScanState): { words: number; state: ScanState } {
  let words = 0;
  let state = entry;
  for (const line of lines) {
    const result = scanLine(line, state);
    words += result.words;
    state = result.state;
  }
  return { words, state };
}

export function countWords(markdown: string): number {
  return scanLines(markdown.split(/\r?\n/), START).words;
}

export function readingTimeMinutes(words: number): number {
  return words > 0 ? Math.ceil(words / WORDS_PER_MINUTE) : 0;
}

/** Words and minutes of a markdown body. */
export function markdownStats(markdown: string): DocumentStats {
  const words = countWords(markdown);
  return { words, readingMinutes: readingTimeMinutes(words) };
}
