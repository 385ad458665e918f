/**
 * Values already used for a field across entries (tags, categories), for suggestions:
 * the most used first. Spellings that differ only in case count as one, shown in their
 * most frequent spelling.
 */
export interface FieldValueCount {
  value: string;
  count: number;
}

function valuesOf(item: unknown, field: string): string[] {
  if (typeof item === 'string') return [item];
  if (!item || typeof item !== 'object') return [];
  const raw = (item as Record<string, unknown>)[field];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

/** `items`: entry summaries or frontmatter data objects (read `field`), or plain values. */
export function collectFieldValues(items: readonly unknown[], field = ''): FieldValueCount[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const raw of valuesOf(item, field)) {
      const value = raw.trim();
      if (!value) continue;
      const key = value.toLowerCase();
      const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      // A value repeated in one entry's list counts once for that entry.
      if (!seen.has(key)) group.count++;
      seen.add(key);
      group.spellings.set(value, (group.spellings.get(value) ?? 0) + 1);
      groups.set(key, group);
    }
  }
  const result: FieldValueCount[] = [];
  for (const group of groups.values()) {
    const [value] = [...group.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [''];
    result.push({ value, count: group.count });
  }
  return result.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
