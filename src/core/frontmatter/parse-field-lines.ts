/**
 * Where a frontmatter field sits in the file, found by a plain indentation scan.
 * A full YAML document parse would be exact but costs ~10x more per file, and only
 * block-style keys (what writers and CMSs produce) need locating; flow values fall
 * back to their parent key's line.
 */
export interface FieldPosition {
  /** 1-based line in the whole file. */
  line: number;
  column: number;
}

interface Scope {
  from: number;
  to: number;
  parentIndent: number;
}

const keyPattern = /^(\s*)(?:-\s+)?(?:"([^"]*)"|'([^']*)'|([^\s:#][^:#]*?))\s*:(?:\s|$)/;

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

function effectiveIndent(line: string): number {
  const dash = /^(\s*)-\s+/.exec(line);
  return dash ? (dash[0]?.length ?? 0) : indentOf(line);
}

/** End of the block that starts at `at`; a key's compact sequence (`- item` at the key's own indent) stays inside it. */
function blockEnd(lines: string[], at: number, indent: number, to: number, isKey: boolean): number {
  for (let i = at + 1; i < to; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    const own = indentOf(line);
    if (own < indent) return i;
    if (own === indent && !(isKey && /^\s*-(\s|$)/.test(line))) return i;
  }
  return to;
}

function findKey(lines: string[], scope: Scope, key: string): number {
  for (let i = scope.from; i < scope.to; i++) {
    const line = lines[i] ?? '';
    if (!line.includes(key)) continue;
    const m = keyPattern.exec(line);
    if (!m) continue;
    const name = m[2] ?? m[3] ?? m[4];
    if (name === key && effectiveIndent(line) > scope.parentIndent) return i;
  }
  return -1;
}

function findItem(lines: string[], scope: Scope, index: number): number {
  let seen = -1;
  let itemIndent = -1;
  for (let i = scope.from; i < scope.to; i++) {
    const line = lines[i] ?? '';
    const m = /^(\s*)-(\s|$)/.exec(line);
    if (!m) continue;
    const indent = m[1]?.length ?? 0;
    if (itemIndent === -1) itemIndent = indent;
    if (indent !== itemIndent) continue;
    seen++;
    if (seen === index) return i;
  }
  return -1;
}

/**
 * @param matter gray-matter's `matter` text (or its lines): it begins right after the
 *   opening `---`, so its line n (0-based) is line n + 1 of the file.
 */
export function findFieldPosition(matter: string | string[], path: ReadonlyArray<string | number>): FieldPosition {
  const lines = typeof matter === 'string' ? matter.split('\n') : matter;
  let scope: Scope = { from: 0, to: lines.length, parentIndent: -1 };
  let found: FieldPosition = { line: 1, column: 1 };
  for (const segment of path) {
    const isItem = typeof segment === 'number';
    const at = isItem ? findItem(lines, scope, segment) : findKey(lines, scope, segment);
    if (at === -1) break;
    const line = lines[at] ?? '';
    const indent = isItem ? indentOf(line) : effectiveIndent(line);
    found = { line: at + 1, column: indent + 1 };
    const end = blockEnd(lines, at, indent, scope.to, !isItem);
    // An item's own keys start on its "- " line, so its scope includes that line.
    scope = { from: isItem ? at : at + 1, to: end, parentIndent: indent };
  }
  return found;
}

/** The key that a duplicate-key error line holds, for a clearer message. */
export function keyOnLine(matter: string, fileLine: number): string | undefined {
  const line = matter.split('\n')[fileLine - 1];
  if (line === undefined) return undefined;
  const m = keyPattern.exec(line);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}
