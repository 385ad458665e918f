import { splitFrontmatter } from '../../shared/frontmatter-bounds';

/**
 * The part of a post search reads as its text: its body, where the one frontmatter rule
 * (src/shared/frontmatter-bounds) puts it, as gray-matter and Astro read it.
 */
export function searchableBody(text: string): string {
  return text.slice(splitFrontmatter(text).body.start);
}
