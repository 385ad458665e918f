/** Frontmatter values made safe to send as JSON: dates become ISO strings (UTC). */
export function toJsonValues(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValues);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValues(v)]));
  }
  return value;
}
