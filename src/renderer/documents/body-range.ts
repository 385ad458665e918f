import { splitFrontmatter } from '../../shared/frontmatter-bounds';

/**
 * Where the editor's part of a post starts. In the Fields view the editor shows the body
 * and the form owns the frontmatter; in the Source view it shows the whole file. Either
 * way the byte order mark stays out of the editor (and in the file). Both views edit
 * ranges of one text, so nothing is ever re-serialised: text = prefix + editor text.
 */
export function editorStart(text: string, source: boolean): number {
  const bounds = splitFrontmatter(text);
  return !source && bounds.state === 'closed' ? bounds.body.start : bounds.bom.length;
}

/**
 * Whether editor text typed into the body of a post without frontmatter now starts one:
 * a `---` first line turns the body into frontmatter, which only the Source view can show.
 */
export function bodyOpensFrontmatter(prefix: string, body: string): boolean {
  return (prefix === '' || prefix === '\uFEFF') && splitFrontmatter(body).state !== 'none';
}
