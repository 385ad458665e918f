import { detach } from './detach';
import type { LineIndex } from './line-index';

export interface Heading {
  level: number;
  /** 0-based line in the scanned text. */
  line: number;
  text: string;
}

export interface BlockScan {
  /** [start, end) offsets where nothing is a link: fenced code and HTML comments. */
  excluded: Array<[number, number]>;
  headings: Heading[];
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
const notParagraph = /^ {0,3}(?:[-*+](?:\s|$)|[>|#<]|\d+[.)](?:\s|$)|`{3}|~{3}|$)/;

function firstNonSpace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/** Characters that can start a fence, a heading, an underline or a non-paragraph block. */
const special = new Set(['`', '~', '#', '=', '-', '*', '+', '>', '|', '<']);

/** One pass over the lines: code fences, ATX and setext headings. Lines are sliced only when their first character matters. */
export function scanBlocks(index: LineIndex): BlockScan {
  const text = index.text;
  const excluded: Array<[number, number]> = [];
  const headings: Heading[] = [];
  let fence: { char: string; size: number; start: number } | undefined;
  let previousIsParagraph = false;
  for (let i = 0; i < index.count; i++) {
    const start = index.startOf(i);
    const end = i + 1 < index.count ? index.startOf(i + 1) - 1 : text.length;
    const first = firstNonSpace(text, start, end);
    const ch = text[first] ?? '';
    const indent = first - start;
    if (fence) {
      if (ch === fence.char && indent < 4) {
        const close = fenceOpen.exec(index.lineText(i));
        const marker = close?.[1];
        if (marker && marker[0] === fence.char && marker.length >= fence.size && (close?.[2] ?? '').trim() === '') {
          excluded.push([fence.start, index.startOf(i + 1)]);
          fence = undefined;
        }
      }
      continue;
    }
    if (first >= end || ch === '\r') {
      previousIsParagraph = false;
      continue;
    }
    if (indent >= 4 || !special.has(ch)) {
      previousIsParagraph = indent < 4 && !(ch >= '0' && ch <= '9' && /^\d+[.)](\s|$)/.test(text.slice(first, first + 12)));
      continue;
    }
    const next = text[first + 1];
    const listMarker = (ch === '-' || ch === '*' || ch === '+') && (next === ' ' || next === '\t');
    if (listMarker || ch === '>' || ch === '|' || ch === '<') {
      // Blocks that cannot start or underline a heading: no need to look further.
      previousIsParagraph = false;
      continue;
    }
    const line = index.lineText(i);
    const open = ch === '`' || ch === '~' ? fenceOpen.exec(line) : null;
    const marker = open?.[1];
    if (marker && !(marker[0] === '`' && (open?.[2] ?? '').includes('`'))) {
      fence = { char: marker[0] ?? '`', size: marker.length, start };
      previousIsParagraph = false;
      continue;
    }
    const atx = ch === '#' ? atxHeading.exec(line) : null;
    if (atx) {
      headings.push({ level: atx[1]?.length ?? 1, line: i, text: detach((atx[2] ?? '').trim()) });
      previousIsParagraph = false;
      continue;
    }
    const underline = previousIsParagraph && (ch === '=' || ch === '-') ? setextUnderline.exec(line) : null;
    if (underline) {
      headings.push({ level: underline[1]?.startsWith('=') ? 1 : 2, line: i - 1, text: detach(index.lineText(i - 1).trim()) });
      previousIsParagraph = false;
      continue;
    }
    previousIsParagraph = !notParagraph.test(line);
  }
  if (fence) excluded.push([fence.start, text.length]);
  addComments(text, excluded);
  excluded.sort((a, b) => a[0] - b[0]);
  return { excluded, headings };
}

function addComments(text: string, excluded: Array<[number, number]>): void {
  let at = text.indexOf('<!--');
  while (at !== -1) {
    const end = text.indexOf('-->', at + 4);
    const stop = end === -1 ? text.length : end + 3;
    excluded.push([at, stop]);
    at = text.indexOf('<!--', stop);
  }
}

export function isExcluded(excluded: ReadonlyArray<[number, number]>, offset: number): boolean {
  for (const [start, end] of excluded) {
    if (offset < start) return false;
    if (offset < end) return true;
  }
  return false;
}
