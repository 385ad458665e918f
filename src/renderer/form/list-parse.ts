/** Splits what a writer typed into list items: comma-separated, trimmed, no empties, no repeats. */
export function parseList(text: string): string[] {
  return dedupe(text.split(',').map((item) => item.trim()).filter((item) => item !== ''));
}

/** Keeps the first occurrence of each item, in order. Exact match: "Mage-OS" and "mage-os" differ on the site too. */
export function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The list after adding what was typed; items already present are not added twice. */
export function addToList(existing: readonly string[], typed: string): string[] {
  return dedupe([...existing, ...parseList(typed)]);
}

/** The list without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** A stored frontmatter value as list items; a single scalar counts as a one-item list. */
export function listItems(value: unknown): { items: string[]; wasList: boolean } {
  if (value === undefined || value === null) return { items: [], wasList: true };
  if (Array.isArray(value)) return { items: value.map((v) => (v instanceof Date ? v.toISOString() : String(v))), wasList: true };
  return { items: [String(value)], wasList: false };
}

/** Suggestions not yet in the list, without repeats. */
export function remainingSuggestions(suggestions: readonly string[], chosen: readonly string[]): string[] {
  const taken = new Set(chosen);
  return dedupe(suggestions).filter((s) => !taken.has(s));
}
