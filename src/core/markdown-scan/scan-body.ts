import { detach } from './detach';
import { LineIndex } from './line-index';
import { isExcluded, scanBlocks, type Heading } from './scan-blocks';

/**
 * Links, images and headings of a markdown body, found with a handful of regular
 * expressions over the whole text instead of a full mdast parse (remark takes ~50x
 * longer, too slow for 10,000 posts). Code fences, code spans and HTML comments are
 * skipped, as a markdown renderer would.
 */
export interface BodyRef {
  kind: 'link' | 'image';
  url: string;
  /** 0-based line and column of the URL in the scanned text. */
  line: number;
  column: number;
  /** For images: the alt text ('' when empty, undefined when unknown). */
  alt?: string;
  source: 'markdown' | 'definition' | 'html' | 'bare';
}

export interface BodyScan {
  refs: BodyRef[];
  headings: Heading[];
}

export interface ScanOptions {
  /** Host names of the site itself (e.g. mage-os.org): bare URLs to them are links to check. */
  siteHosts?: string[];
}

const imageExtension = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?)(?:[?#].*)?$/i;
const htmlAttr = /<(a|img|source)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const definition = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)/gm;

export function scanBody(text: string, options: ScanOptions = {}): BodyScan {
  const index = new LineIndex(text);
  const { excluded, headings } = scanBlocks(index);
  const refs: BodyRef[] = [];
  const seen = new Set<number>();
  const hasBackticks = text.includes('`');
  // Positional arguments rather than an object to spread: spreading costs more than the scan.
  const add: AddRef = (kind, url, source, offset, alt) => {
    if (seen.has(offset) || isExcluded(excluded, offset)) return;
    const line = index.lineOf(offset);
    if (hasBackticks && inCodeSpan(index, line, offset)) return;
    seen.add(offset);
    const ref: BodyRef = { kind, url: detach(url), line, column: offset - index.startOf(line), source };
    if (alt !== undefined) ref.alt = alt;
    refs.push(ref);
  };

  for (let at = text.indexOf('](', 0); at !== -1; at = text.indexOf('](', at + 2)) {
    const open = openingBracket(text, at);
    if (open === -1) continue;
    const dest = destination(text, at + 2);
    if (!dest) continue;
    const image = open > 0 && text[open - 1] === '!';
    const alt = image ? text.slice(open + 1, at) : undefined;
    add(image ? 'image' : 'link', dest.url, 'markdown', dest.offset, alt);
  }

  definition.lastIndex = 0;
  for (let m = text.includes(']:') ? definition.exec(text) : null; m; m = definition.exec(text)) {
    const raw = m[2] ?? '';
    const url = raw.startsWith('<') ? raw.slice(1, -1) : raw;
    const offset = m.index + m[0].length - raw.length;
    add(imageExtension.test(url) ? 'image' : 'link', url, 'definition', offset);
  }

  if (mayHaveHtmlRefs(text)) {
    htmlAttr.lastIndex = 0;
    for (let m = htmlAttr.exec(text); m; m = htmlAttr.exec(text)) {
      const value = m[3] ?? m[4] ?? m[5] ?? '';
      const tag = (m[1] ?? '').toLowerCase();
      const offset = m.index + m[0].length - value.length - (m[5] === undefined ? 1 : 0);
      const alt = tag === 'img' ? altOfTag(text, m.index) : undefined;
      add(tag === 'a' ? 'link' : 'image', value, 'html', offset, alt);
    }
  }

  for (const host of options.siteHosts ?? []) addBareUrls(text, host, add);

  refs.sort((a, b) => a.line - b.line || a.column - b.column);
  return { refs, headings };
}

/** The `[` that opens the link text ending at `close`, or -1 (stops at a blank line). */
function openingBracket(text: string, close: number): number {
  let depth = 0;
  const limit = Math.max(0, close - 4000);
  for (let i = close - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (text.charCodeAt(i - 1) === 92) continue;
    if (c === 93) depth++;
    else if (c === 91) {
      if (depth === 0) return i;
      depth--;
    } else if (c === 10 && /\n[ \t]*\r?$/.test(text.slice(Math.max(0, i - 40), i))) return -1;
  }
  return -1;
}

function destination(text: string, from: number): { url: string; offset: number } | undefined {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] === '\n') {
    at++;
    while (text[at] === ' ' || text[at] === '\t') at++;
  }
  if (text[at] === '<') {
    const end = text.indexOf('>', at);
    const nl = text.indexOf('\n', at);
    if (end === -1 || (nl !== -1 && nl < end)) return undefined;
    return { url: text.slice(at + 1, end), offset: at + 1 };
  }
  let depth = 0;
  let end = at;
  for (; end < text.length; end++) {
    const c = text[end];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
    if (c === '\\') {
      end++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  if (end === at && text[end] !== ')') return undefined;
  const raw = text.slice(at, end);
  // Backslash escapes of punctuation, as CommonMark reads them.
  return { url: raw.includes('\\') ? raw.replace(/\\([!-/:-@[-`{-~])/g, '$1') : raw, offset: at };
}

/**
 * An <img>'s alt text: '' when the attribute is missing; undefined when it is present but
 * empty, which in HTML deliberately marks a decorative image.
 */
function altOfTag(text: string, start: number): string | undefined {
  const end = text.indexOf('>', start);
  const tag = text.slice(start, end === -1 ? undefined : end);
  const m = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(tag);
  if (!m) return '';
  const alt = m[1] ?? m[2] ?? m[3] ?? '';
  return alt === '' ? undefined : alt;
}

type AddRef = (kind: BodyRef['kind'], url: string, source: BodyRef['source'], offset: number, alt?: string) => void;

const urlTail = /[^\s<>"'\])`]*/y;

/** Bare `http(s)://[www.]host/…` URLs, found from the host name (cheaper than a regex over the body). */
function addBareUrls(text: string, host: string, add: AddRef): void {
  for (let at = text.indexOf(host); at !== -1; at = text.indexOf(host, at + host.length)) {
    let start = text.startsWith('www.', at - 4) ? at - 4 : at;
    if (text.startsWith('https://', start - 8)) start -= 8;
    else if (text.startsWith('http://', start - 7)) start -= 7;
    else continue;
    const end = at + host.length;
    if (/[\w.-]/.test(text[end] ?? '')) continue;
    urlTail.lastIndex = end;
    urlTail.exec(text);
    const whole = text.slice(start, urlTail.lastIndex);
    // A URL written as link text ("[https://…](/x)") is not itself a link.
    if (text[urlTail.lastIndex] === ']') continue;
    const url = whole.replace(/[.,:;!?*_~]+$/, '');
    add(imageExtension.test(url) ? 'image' : 'link', url, 'bare', start);
  }
}

/** Cheaper than a case-insensitive regex over the whole body. */
function mayHaveHtmlRefs(text: string): boolean {
  return ['<a', '<img', '<source', '<A', '<IMG'].some((tag) => text.includes(tag));
}

/** Inside an inline code span of its line (backtick runs pair up by length). */
function inCodeSpan(index: LineIndex, line: number, offset: number): boolean {
  const start = index.startOf(line);
  const tick = index.text.indexOf('`', start);
  if (tick === -1 || (index.starts[line + 1] !== undefined && tick >= (index.starts[line + 1] ?? 0))) return false;
  const text = index.lineText(line);
  const col = offset - start;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = text.indexOf(fence, i + run);
    while (close !== -1 && text[close + run] === '`') {
      let skip = close;
      while (text[skip] === '`') skip++;
      close = text.indexOf(fence, skip);
    }
    if (close === -1) {
      i += run;
      continue;
    }
    if (col > i && col < close) return true;
    i = close + run;
  }
  return false;
}
