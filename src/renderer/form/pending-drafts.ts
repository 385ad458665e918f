/**
 * Text typed in the form and not committed yet (a text field commits on a short debounce).
 * Anything that reads the post as the writer sees it (Save from a menu, closing, quitting)
 * flushes these first: a menu accelerator or a window close never reaches the field as a key.
 */
const pending = new Set<() => void>();

export function registerPendingDraft(flush: () => void): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

/** Commits every field's pending text now. */
export function flushPendingDrafts(): void {
  for (const flush of [...pending]) flush();
}
