/**
 * File-name slugs in the style of the browser CMS (`{{slug}}`): lower case, accents folded
 * to ASCII (é → e), every run of other characters turned into one '-', trimmed.
 * Apostrophes vanish rather than split a word ("We're" → "were"), as in the site's
 * existing file names.
 */

// Letters that Unicode does not decompose into "base + accent".
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

const APOSTROPHES = /['’‘`´]/g;

function foldToAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøđðłþıħ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

function collapse(text: string, allowed: RegExp): string {
  return text
    .replace(APOSTROPHES, '')
    .replace(allowed, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The slug of a title. A title with no Latin letters or digits at all (Cyrillic, Japanese…)
 * keeps its own letters instead of becoming empty; an empty result becomes `fallback`.
 */
export function slugify(title: string, fallback = 'untitled'): string {
  const folded = foldToAscii(title);
  const ascii = collapse(folded, /[^a-z0-9]+/g);
  if (ascii) return ascii;
  const unicode = collapse(folded, /[^\p{L}\p{N}]+/gu);
  return unicode || fallback;
}
