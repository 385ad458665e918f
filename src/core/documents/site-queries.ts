import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectFieldValues } from '../authoring/field-values';
import { readFields } from '../roundtrip/read-fields';
import type { SiteModel } from '../site/site-model';

async function frontmatterOf(root: string, file: string): Promise<Record<string, unknown>> {
  try {
    return readFields(await readFile(join(root, file), 'utf8')).data;
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
