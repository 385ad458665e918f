/**
 * The part of a post search reads as its text: everything after the frontmatter, which
 * closes at the first line starting with `---` (as gray-matter and Astro read it).
 */
export function searchableBody(text: string): string {
  if (!text.startsWith('---') || text.charAt(3) === '-') return text;
  const close = text.indexOf('\n---', 3);
  if (close === -1) return '';
  const lineEnd = text.indexOf('\n', close + 4);
  return lineEnd === -1 ? '' : text.slice(lineEnd + 1);
}
