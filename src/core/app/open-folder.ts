import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { removeStaleTempFiles } from '../files/temp-files';
import { staysInside } from '../security/content-path';
import { writeAreasOf } from '../security/write-policy';
import { UserError } from '../user-error';
import type { SiteModel } from '../site/site-model';
import { openSiteSession, type SiteSession, type SiteSessionOptions } from '../site/site-session';

/**
 * Opens a folder as a site, or explains in one sentence why it cannot: it does not exist,
 * it is a file, or nothing in it looks like content.
 */
export async function openFolderAsSite(folder: string, cwd: string = process.cwd(), options: SiteSessionOptions = {}): Promise<SiteSession> {
  const root = resolve(cwd, folder);
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new UserError('not-found', `The folder "${root}" does not exist.`);
  }
  if (!info.isDirectory()) throw new UserError('not-a-site', `"${root}" is a file, not a folder. Choose the site's folder.`);
  const site = await openSiteSession(root, options);
  // Without a content config, a folder counts only when it holds markdown files.
  const hasSchema = site.info.collections.some((c) => c.hasSchema);
  if (site.info.collections.length === 0 || (!hasSchema && site.entries().length === 0)) {
    site.dispose();
    throw new UserError(
      'not-a-site',
      `"${root}" does not look like an Astro site: it has no content config (src/content.config.ts) and no markdown posts.`,
    );
  }
  await removeInterruptedSaves(site);
  return site;
}

/** Temp files that saves killed halfway left in the content and media folders (see temp-files.ts). */
async function removeInterruptedSaves(site: SiteModel): Promise<void> {
  const root = site.info.root;
  const folders = [...site.info.collections.map((c) => c.folder), ...writeAreasOf(site).mediaFolders];
  const inside = [...new Set(folders)].filter((folder) => staysInside(root, folder || '.')).map((folder) => join(root, folder));
  await removeStaleTempFiles(inside, { skip: (name) => name === 'node_modules' });
}
