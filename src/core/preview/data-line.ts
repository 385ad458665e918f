/**
 * `data-line` marks the source line of each top-level block so the editor and the preview
 * can scroll together. The marks are not part of what Astro publishes: parity comparisons
 * strip them with `stripDataLines`.
 */

const LEADING_TRIVIA = /^(?:\s+|<!--[\s\S]*?-->)*/;

/** Adds data-line to the first element of an HTML fragment, when it starts with one. */
export function markFirstElement(html: string, line: number): string {
  const at = LEADING_TRIVIA.exec(html)?.[0].length ?? 0;
  const match = /^<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])/.exec(html.slice(at, at + 64));
  if (!match) return html;
  const insertAt = at + match[0].length;
  return `${html.slice(0, insertAt)} data-line="${line}"${html.slice(insertAt)}`;
}

export function stripDataLines(html: string): string {
  return html.replace(/ data-line="\d+"/g, '');
}
