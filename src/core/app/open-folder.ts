import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../user-error';
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
  return site;
}
