import { isTomlFrontmatter } from '../frontmatter/toml-frontmatter';
import { parseSource } from '../roundtrip/split-source';

/**
 * The largest frontmatter the form shows and edits: seventy times the largest post of the
 * reference site (under 500 bytes). Reading it for the form and editing it cost more than
 * the text grows (a 1 MB frontmatter takes seconds per edit), and that work runs on the
 * app's main thread, so a post past this size is shown read-only instead.
 */
export const MAX_FORM_FRONTMATTER_CHARS = 32 * 1024;

/** Why the form will not handle this text's frontmatter (TOML, or too large), or undefined when it will. */
export function formRefusal(text: string): string | undefined {
  if (isTomlFrontmatter(text)) {
    return 'Its frontmatter is TOML (between +++ lines): Postdesk checks it as the site does, but edits only YAML frontmatter. It is shown read-only; edit it in a text editor.';
  }
  const parts = parseSource(text);
  if (!parts.hasFrontmatter) return undefined;
  const size = parts.frontmatter.end - parts.frontmatter.start;
  if (size <= MAX_FORM_FRONTMATTER_CHARS) return undefined;
  return `Its frontmatter is ${Math.round(size / 1024)} KB, more than the ${MAX_FORM_FRONTMATTER_CHARS / 1024} KB Postdesk edits in the form (a post's is usually under 1 KB). It is shown read-only; edit it in a text editor.`;
}
