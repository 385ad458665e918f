/**
 * An entry id as Astro's glob loader derives it from a file name (github-slugger per
 * segment): lower case, spaces to hyphens, punctuation other than - and _ removed.
 */
export function slugifyFileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}
