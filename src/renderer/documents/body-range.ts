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
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.replace(/\r$/, '').trimEnd() !== '---') return 1;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)\s*$/.test(lines[i]!.replace(/\r$/, ''))) return i + 2;
  }
  return lines.length + 1;
}
