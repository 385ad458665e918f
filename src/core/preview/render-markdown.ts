import { renderDocument } from './document-render';

/**
 * One-shot render of a post body, exactly as Astro 5 renders markdown by default (the
 * chain of @astrojs/markdown-remark's createMarkdownProcessor, checked by the parity test),
 * with data-line on top-level elements.
 */
export async function renderMarkdown(body: string): Promise<string> {
  return (await renderDocument(body)).html;
}
