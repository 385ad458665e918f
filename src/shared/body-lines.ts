/**
 * Body lines and whole-file lines. Diagnostics and the preview's blocks count lines of the
 * whole file (1-based, frontmatter included); the editor of the Fields view shows the body
 * only, starting at whole-file line `bodyStartLine` (1 in the Source view, which shows it all).
 */

/**
 * The editor line of a whole-file line. Lines before the body belong to the frontmatter
 * form: null. With `bodyLineCount`, lines past the end (the file was longer when validated)
 * clamp to the last body line.
 */
export function bodyLineOf(fileLine: number, bodyStartLine: number, bodyLineCount = Infinity): number | null {
  const line = fileLine - bodyStartLine + 1;
  if (line < 1) return null;
  return Math.min(line, Math.max(1, bodyLineCount));
}

/** The whole-file line of an editor line. */
export function fileLineOf(bodyLine: number, bodyStartLine: number): number {
  return bodyLine + bodyStartLine - 1;
}
