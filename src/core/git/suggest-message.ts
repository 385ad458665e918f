import type { EntrySummary } from '../../shared/site-model';
import type { FileChange } from './parse-status';

type EntryInfo = Pick<EntrySummary, 'file' | 'title' | 'collection'>;

const verbs: Record<FileChange['status'], string> = {
  new: 'Add',
  modified: 'Update',
  deleted: 'Delete',
  renamed: 'Rename',
  conflicted: 'Update',
};

/** 'post' → 'post', 'authors' → 'author', 'events' → 'event'. */
function singular(collection: string): string {
  return collection.length > 3 && collection.endsWith('s') && !collection.endsWith('ss') ? collection.slice(0, -1) : collection;
}

function slugOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}

/**
 * A commit message prefilled from what changed: "Add post: <title>", "Update post: <title>",
 * "Update 3 posts: a, b, c". Titles come from the site model; a deleted file (no entry any
 * more) is named by its slug.
 */
export function suggestMessage(files: readonly FileChange[], entries: readonly EntryInfo[] = []): string {
  if (files.length === 0) return '';
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const items = files.map((f) => {
    const entry = byFile.get(f.path) ?? (f.from ? byFile.get(f.from) : undefined);
    return {
      verb: verbs[f.status],
      noun: entry ? singular(entry.collection) : 'file',
      name: entry?.title?.trim() || slugOf(f.path),
    };
  });
  if (items.length === 1) {
    const it = items[0]!;
    return `${it.verb} ${it.noun}: ${it.name}`;
  }
  const sameVerb = items.every((i) => i.verb === items[0]!.verb);
  const sameNoun = items.every((i) => i.noun === items[0]!.noun);
  const verb = sameVerb ? items[0]!.verb : 'Update';
  const noun = sameNoun ? items[0]!.noun : 'file';
  const head = `${verb} ${items.length} ${noun}s: `;
  return head + listNames(items.map((i) => i.name), 72 - head.length);
}

/** "a, b, c", or "a, b and 4 more" when the subject line would grow past `room` characters. */
function listNames(names: string[], room: number): string {
  let out = '';
  for (let i = 0; i < names.length; i++) {
    const next = out ? `${out}, ${names[i]}` : names[i]!;
    const rest = names.length - i - 1;
    const tail = rest > 0 ? ` and ${rest} more` : '';
    if (i > 0 && next.length + tail.length > room) return `${out} and ${names.length - i} more`;
    out = next;
  }
  return out;
}
