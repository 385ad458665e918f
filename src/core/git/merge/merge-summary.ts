import type { MergeNotes } from './merge-plan';

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** One sentence on what a merge took from whom: "your publishDate and their title; text changes from both sides". */
export function describeMerge(notes: MergeNotes): string {
  const parts: string[] = [];
  const fields: string[] = [];
  if (notes.fieldsFromMine.length) fields.push(`your ${list(notes.fieldsFromMine)}`);
  if (notes.fieldsFromTheirs.length) fields.push(`their ${list(notes.fieldsFromTheirs)}`);
  if (notes.listsJoined.length) fields.push(`${list(notes.listsJoined)} from both sides`);
  if (fields.length) parts.push(`kept ${list(fields)}`);
  if (notes.textFromMine && notes.textFromTheirs) parts.push('text changes from both sides');
  else if (notes.textFromMine) parts.push('your text changes');
  else if (notes.textFromTheirs) parts.push('their text changes');
  return parts.join('; ') || 'both versions were already the same';
}
