import { slug as githubSlug } from 'github-slugger';

/**
 * An entry's id exactly as Astro 5's `glob()` loader makes it (`generateIdDefault`): a truthy
 * `slug` in the frontmatter is the id as written; otherwise the path below the loader's `base`,
 * without its extension, each folder and the file name slugified by github-slugger, and a final
 * `/index` dropped ("2025/index.md" is "2025"; a top-level "index.md" stays "index").
 */
export function astroEntryId(pathBelowBase: string, data: Record<string, unknown>): string {
  const override = data.slug;
  // Astro returns the value itself; a number or a list would be an odd id, but it is Astro's.
  if (override) return String(override);
  const withoutExtension = pathBelowBase.replace(/\.[^./]*$/, '');
  return withoutExtension
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** The path of a root-relative file below its collection's folder. */
export function pathBelowFolder(file: string, folder: string): string {
  return folder && file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : file;
}
