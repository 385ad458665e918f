/**
 * Words as search sees them: runs of letters, digits and combining marks, lower-cased and
 * without accents ("Café" and "cafe" are one word). Written as a character loop rather than
 * a Unicode regex: indexing 10,000 posts tokenizes ~90 MB, where `matchAll` is 5x slower.
 */

/** Per UTF-16 code unit above ASCII: 0 not looked at yet, 1 part of a word, 2 not. */
const wideClass = new Uint8Array(65536);
const wordChar = /^[\p{L}\p{N}\p{M}]$/u;

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wideClass[code]!;
  if (known === 0) {
    // Surrogate halves (emoji and rarer scripts) never form words here.
    known = wordChar.test(String.fromCharCode(code)) ? 1 : 2;
    wideClass[code] = known;
  }
  return known === 1;
}

function stripAccents(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFKD').replace(/\p{M}/gu, '');
  }
  return lower;
}

/** One word, folded: lower case, accents removed. */
export function foldWord(word: string): string {
  return stripAccents(word.toLowerCase());
}

/** Longest word kept: longer runs are data (hashes, base64), not words anyone types. */
export const MAX_WORD_LENGTH = 40;

/** Calls `visit` with each folded word of `text`, in order. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  // Lower-cased once for the whole text: far cheaper than word by word.
  const lower = text.toLowerCase();
  let start = -1;
  let wide = false;
  const length = lower.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? lower.charCodeAt(i) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = i;
      if (code > 127) wide = true;
      continue;
    }
    if (start < 0) continue;
    if (i - start <= MAX_WORD_LENGTH) {
      const word = wide ? stripAccents(lower.slice(start, i)) : lower.slice(start, i);
      if (word) visit(word);
    }
    start = -1;
    wide = false;
  }
}

/** The folded words of `text`, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(word));
  return out;
}

/** How often each word occurs, and how many words there are. */
export function wordCounts(text: string): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  forEachWord(text, (word) => {
    length++;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  });
  return { counts, length };
}
