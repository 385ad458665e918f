/** Calls carry flat records, a post's text and at most a few levels of frontmatter values. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Whether a value (parsed JSON or a structured clone) nests arrays and objects deeper than
 * `limit`. Walks with its own stack and stops at the first value past the limit: recursive
 * code further on (schemas, the YAML writer) would die with a stack overflow.
 */
export function nestsDeeperThan(value: unknown, limit = MAX_INPUT_DEPTH): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: item, depth } = stack.pop()!;
    if (!item || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}
