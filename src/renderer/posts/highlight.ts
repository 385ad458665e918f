import { fold } from './filter-entries';

export interface Highlight {
  /** Indexed words a search matched. */
  terms: ReadonlySet<string>;
  /** The last query word, matched as the start of a word. */
  prefix: string | null;
}

export interface TextPart {
  text: string;
  match: boolean;
}

const word = /[\p{L}\p{N}\p{M}]+/gu;

/** `text` cut into parts, the words the search matched marked (compared folded, as the index stores them). */
export function highlightParts(text: string, highlight: Highlight | undefined): TextPart[] {
  if (!highlight || (highlight.terms.size === 0 && !highlight.prefix)) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const found of text.matchAll(word)) {
    const folded = fold(found[0]);
    if (!highlight.terms.has(folded) && !(highlight.prefix && folded.startsWith(highlight.prefix))) continue;
    if (found.index > at) parts.push({ text: text.slice(at, found.index), match: false });
    parts.push({ text: found[0], match: true });
    at = found.index + found[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
