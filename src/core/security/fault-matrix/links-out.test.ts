import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importImage, planImageImport } from '../../authoring/image-import';
import { createDocumentService } from '../../documents/document-service';
import { searchText } from '../../documents/site-queries';
import { diffFile } from '../../git/diff-file';
import { isolateGitConfig, makeSiteRepo, removeTempDirs } from '../../git/test-repo';
import { loadSite } from '../../site/load-site';
import type { SiteModel } from '../../site/site-model';
import { byRule, copyFixture, POST, removeCopies, tempDir } from '../../site/testing/site-fixture';
import { shutdownAnalyzePool } from '../../site/workers/analyze-pool';
import { listMediaImages } from '../../authoring/media-library';
import { writeNewFile } from '../../authoring/write-new-file';
import { writeAreasOf } from '../write-policy';
import { VALID_FIELDS } from '../testing/hostile-files';

/**
 * Fault matrix, item 3: links (symlinks) in the site that lead out of it are never followed,
 * for any access: listing, search, diff, reading a post, importing an image. Reading a post
 * through `doc.open` and the asset route already refused them (kept as doors that hold).
 */
const SECRET = 'the-outside-secret-4711';
let root: string;
let outside: string;
let site: SiteModel;

beforeAll(async () => {
  isolateGitConfig();
  root = makeSiteRepo();
  outside = tempDir('postdesk-outside-');
  writeFileSync(path.join(outside, 'secret.md'), `---\n${VALID_FIELDS}\n---\n\n${SECRET}\n`);
  mkdirSync(path.join(outside, 'posts'));
  writeFileSync(path.join(outside, 'posts/2024-01-01-outside.md'), `---\n${VALID_FIELDS}\n---\n\n${SECRET}\n`);
  symlinkSync(path.join(outside, 'secret.md'), path.join(root, POST, '2024-05-05-linked-out.md'));
  symlinkSync(path.join(outside, 'posts'), path.join(root, 'src/data/linked-folder'));
  // A link inside the site stays a normal file.
  symlinkSync('2023-09-30-september-2023-update.md', path.join(root, POST, '2024-05-06-linked-in.md'));
  site = await loadSite(root);
});

afterAll(async () => {
  site?.dispose();
  removeTempDirs();
  removeCopies();
  await shutdownAnalyzePool();
});

describe('fault matrix 3: links out of the site are never followed', () => {
  it('the site index neither lists nor searches a post that is a link to an outside file', async () => {
    const files = site.entries().map((e) => e.file);
    expect(files).not.toContain(`${POST}/2024-05-05-linked-out.md`);
    expect(files).toContain(`${POST}/2024-05-06-linked-in.md`);
    expect(files.some((f) => f.includes('outside'))).toBe(false);
    expect(await searchText(site, SECRET)).toEqual([]);
  });

  it('validating the link by name reads nothing through it', () => {
    const found = byRule(site.validateFile(`${POST}/2024-05-05-linked-out.md`), 'file');
    expect(found).toMatchObject([{ severity: 'error', message: expect.stringContaining('leads outside the content folder') }]);
  });

  it('git.diff refuses the link instead of returning the outside file', async () => {
    await expect(diffFile(root, `${POST}/2024-05-05-linked-out.md`)).rejects.toMatchObject({ code: 'outside-root' });
  });

  it('doc.open refuses it (a door that held)', async () => {
    await expect(createDocumentService(site).open(`${POST}/2024-05-05-linked-out.md`)).rejects.toMatchObject({ code: 'outside-root' });
  });

  it('an image import through a media folder that is a link out of the site writes nothing there', () => {
    const media = tempDir('postdesk-outside-media-');
    const linked = tempDir('postdesk-site-');
    symlinkSync(media, path.join(linked, 'images'));
    const areas = { root: linked, isEntry: () => false, mediaFolders: ['images'], managedFiles: [] };
    const plan = planImageImport({ root: linked, mediaFolder: 'images', postFile: `${POST}/a.md`, originalName: 'photo.png', now: new Date('2026-01-01') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => importImage(areas, plan, png)).toThrow(/outside the content folder/);
    expect(readdirSync(media)).toEqual([]);
  });

  it('the media picker lists nothing from a media folder that is a link out of the site', async () => {
    const media = tempDir('postdesk-outside-media-');
    writeFileSync(path.join(media, 'private.png'), 'png');
    const linked = tempDir('postdesk-site-');
    mkdirSync(path.join(linked, 'src/assets'), { recursive: true });
    symlinkSync(media, path.join(linked, 'src/assets/images'));
    expect(await listMediaImages(linked, 'src/assets/images')).toEqual([]);
  });

  it('a save through a dangling link is refused, and nothing appears where it points', async () => {
    const target = path.join(outside, 'created-by-save.md');
    symlinkSync(target, path.join(root, POST, '2024-05-07-dangling.md'));
    const service = createDocumentService(site);
    await expect(service.save(`${POST}/2024-05-07-dangling.md`, `---\n${VALID_FIELDS}\n---\n`, null, false)).rejects.toMatchObject({ code: 'outside-root' });
    expect(existsSync(target)).toBe(false);
  });

  it('a collection folder that is a link out of the site lists nothing, and nothing is created through it', async () => {
    const linkedSite = copyFixture();
    const events = tempDir('postdesk-outside-events-');
    writeFileSync(path.join(events, '2024-01-01-outside.md'), `---\n${VALID_FIELDS}\n---\n\n${SECRET}\n`);
    rmSync(path.join(linkedSite, 'src/data/events'), { recursive: true });
    symlinkSync(events, path.join(linkedSite, 'src/data/events'));
    const other = await loadSite(linkedSite, { workers: 0 });
    try {
      expect(other.entries().filter((e) => e.collection === 'event')).toEqual([]);
      expect(() => writeNewFile(writeAreasOf(other), 'src/data/events/2024-02-02-new.md', 'x')).toThrow(/outside the content folder/);
      expect(readdirSync(events)).toEqual(['2024-01-01-outside.md']);
    } finally {
      other.dispose();
    }
  });
});
