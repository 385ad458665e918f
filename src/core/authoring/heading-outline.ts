/**
 * The heading skeleton of a markdown body: ATX headings within a level range, in order,
 * ignoring anything inside fenced code blocks (a `## comment` in a shell snippet is not a
 * section).
 */
export interface OutlineOptions {
  minLevel?: number;
  maxLevel?: number;
}

export function headingOutline(markdown: string, options: OutlineOptions = {}): string[] {
  const min = options.minLevel ?? 2;
  const max = options.maxLevel ?? 3;
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    if (fence) continue;
    const m = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!m) continue;
    const level = (m[1] ?? '').length;
    const text = (m[2] ?? '').trim();
    if (level >= min && level <= max && text) headings.push(`${'#'.repeat(level)} ${text}`);
  }
  return headings;
}

/** Each heading followed by an empty line: empty sections to fill in. */
export function outlineBody(headings: string[], eol = '\n'): string {
  return headings.map((h) => `${h}${eol}${eol}`).join('');
}
