import { readFile } from 'node:fs/promises';
import { collectFieldValues } from '../authoring/field-values';
import { readFields } from '../roundtrip/read-fields';
import { resolveContentPath } from '../security/content-path';
import type { SiteModel } from '../site/site-model';

async function frontmatterOf(root: string, file: string): Promise<Record<string, unknown>> {
  try {
    return readFields(await readFile(resolveContentPath(root, file), 'utf8')).data;
  } catch {
    return {};
  }
}

/** Entries a relation may name, as value (stored) and label (shown): author slug and name. */
export async function relationOptions(site: SiteModel, collection: string, valueField: string, displayField: string) {
  const entries = site.entries().filter((e) => e.collection === collection);
  const options = await Promise.all(
    entries.map(async (entry) => {
      const data = await frontmatterOf(site.info.root, entry.file);
      const value = typeof data[valueField] === 'string' ? (data[valueField] as string) : entry.slug;
      const label = typeof data[displayField] === 'string' ? (data[displayField] as string) : entry.title || value;
      return { value, label };
    }),
  );
  return options.sort((a, b) => a.label.localeCompare(b.label));
}

/** Values used for a field across a collection, most used first (tag suggestions). */
export async function fieldValues(site: SiteModel, collection: string, field: string): Promise<string[]> {
  const entries = site.entries().filter((e) => e.collection === collection);
  // The index already holds these; anything else is read from the files.
  const summarised = field === 'tags' || field === 'category' || field === 'author';
  const items = summarised ? entries : await Promise.all(entries.map((e) => frontmatterOf(site.info.root, e.file)));
  return collectFieldValues(items, field).map((v) => v.value);
}

/** Files whose text contains the query, ignoring case; capped so a common word stays cheap. */
export async function searchText(site: SiteModel, query: string, limit = 500): Promise<string[]> {
  const needle = query.toLowerCase();
  const hits: string[] = [];
  for (const entry of site.entries()) {
    if (hits.length >= limit) break;
    try {
      if ((await readFile(resolveContentPath(site.info.root, entry.file), 'utf8')).toLowerCase().includes(needle)) hits.push(entry.file);
    } catch {
      // A file removed since the index was built (or now a link out of the site) is simply not a hit.
    }
  }
  return hits;
}
