/**
 * The editor shows only the markdown body; the form owns the frontmatter. Both edit ranges of
 * one text, so the body is never re-serialised: text = head + body.
 */
export function bodyOffset(text: string, bodyStartLine: number): number {
  let offset = 0;
  for (let line = 1; line < bodyStartLine; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

export function splitAtBody(text: string, bodyStartLine: number): { head: string; body: string } {
  const offset = bodyOffset(text, bodyStartLine);
  return { head: text.slice(0, offset), body: text.slice(offset) };
}

/**
 * The 1-based line where the body starts: after the closing `---` of a leading frontmatter
 * block (a BOM and trailing spaces allowed), else line 1. An unclosed block has no body yet.
 */
export function bodyStartLineOf(text: string): number {
  // Scans line by line from the top: only the frontmatter is read, never the whole body.
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  const nextLine = (): string | null => {
    if (offset > text.length) return null;
    const end = text.indexOf('\n', offset);
    const content = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    offset = end < 0 ? text.length + 1 : end + 1;
    return content;
  };
  if (nextLine()?.trimEnd() !== '---') return 1;
  for (let current = nextLine(); current !== null; current = nextLine()) {
    line++;
    if (/^(---|\.\.\.)\s*$/.test(current)) return line + 1;
  }
  return line + 1;
}
