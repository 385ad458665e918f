import fs from 'node:fs';
import { resolveContentPath } from '../security/content-path';
import type { WriteAreas } from '../security/write-policy';
import type { CollectionInfo } from '../../shared/site-model';
import type { SiteModel } from '../site/site-model';
import { UserError } from '../user-error';
import { planMonthlyUpdate, type MonthlyUpdatePlan } from './monthly-update';
import { planNewPost, type PlannedFile } from './new-post';
import { writeNewFile } from './write-new-file';

/** The authoring actions on an opened site: read what they need, then plan. */

function readRootFile(root: string, file: string): string {
  return fs.readFileSync(resolveContentPath(root, file), 'utf8');
}

/** A named collection, or the blog: the dated collection with a category field and the most entries. */
export function authoringCollection(site: SiteModel, name?: string): CollectionInfo {
  const collections = site.info.collections;
  if (name) {
    const found = collections.find((c) => c.name === name);
    if (!found) throw new UserError('not-found', `The site has no collection named "${name}".`);
    return found;
  }
  const entries = site.entries();
  const size = (c: CollectionInfo): number => entries.filter((e) => e.collection === c.name).length;
  const score = (c: CollectionInfo): number =>
    (c.fields.some((f) => f.name === 'category') ? 2 : 0) + (c.dateField ? 1 : 0);
  // Only a collection of files takes new posts (a file() or inline collection's entries are data).
  const best = collections.filter((c) => c.extensions.length > 0).sort((a, b) => score(b) - score(a) || size(b) - size(a))[0];
  if (!best) throw new UserError('not-found', 'The site has no content collections.');
  return best;
}

/** Raw texts of a collection's newest entries, newest first. */
export function recentEntryTexts(site: SiteModel, collection: string, count = 5): string[] {
  const texts: string[] = [];
  const newest = site
    .entries()
    .filter((e) => e.collection === collection)
    .sort((a, b) => (b.date ?? b.slug).localeCompare(a.date ?? a.slug));
  for (const entry of newest) {
    if (texts.length >= count) break;
    try {
      texts.push(readRootFile(site.info.root, entry.file));
    } catch {
      // Removed since the model was built: it just gives no style hint.
    }
  }
  return texts;
}

export interface NewPostRequest {
  collection?: string;
  title: string;
  now: Date;
  authorSlug?: string;
}

export function planNewPostForSite(site: SiteModel, request: NewPostRequest): PlannedFile {
  const collection = authoringCollection(site, request.collection);
  return planNewPost({
    collection,
    title: request.title,
    now: request.now,
    ...(request.authorSlug ? { authorSlug: request.authorSlug } : {}),
    existingFiles: site.entries().map((e) => e.file),
    recentTexts: recentEntryTexts(site, collection.name),
  });
}

export function planMonthlyUpdateForSite(site: SiteModel, request: { collection?: string; now: Date }): MonthlyUpdatePlan {
  return planMonthlyUpdate({
    entries: site.entries(),
    readFile: (file) => readRootFile(site.info.root, file),
    collection: authoringCollection(site, request.collection),
    now: request.now,
  });
}

/**
 * Creates a planned file (never replacing one: a name taken since planning gets a -2
 * suffix) and returns the root-relative path written.
 */
export function createPlannedFile(areas: WriteAreas, plan: PlannedFile): string {
  return writeNewFile(areas, plan.file, plan.text, { unique: true });
}
