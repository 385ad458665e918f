/** App-wide shortcuts (the editor has its own for markup). Returns the command, if any. */
export function shortcutCommand(event: KeyboardEvent): string | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's' && !event.shiftKey) return 'save';
  if (key === 'p' && !event.shiftKey) return 'quick-open';
  if (key === 'o' && !event.shiftKey) return 'open-folder';
  if (key === 'n' && event.shiftKey) return 'new-monthly-update';
  if (key === 'm' && event.shiftKey) return 'show-problems';
  if (key === 'g' && event.shiftKey) return 'show-changes';
  return null;
}
