import { readdirSync, readFileSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSiteSession, type SiteSession } from '../site-session';
import { copyFixture, POST, read, removeCopies, tempDir, write } from '../testing/site-fixture';
import { siteCacheFolder } from './index-cache';

afterAll(removeCopies);

const RELEASE = `${POST}/2026-01-20-mage-os-2-1-0-release.md`;

async function open(root: string, cacheDir: string): Promise<SiteSession> {
  const site = await openSiteSession(root, { cacheDir, workers: 0 });
  await site.whenIndexed();
  return site;
}

/** Opens the site once so that the cache is written, and closes it. */
async function warmUp(root: string, cacheDir: string): Promise<number> {
  const site = await open(root, cacheDir);
  const count = site.entries().length;
  // The first write follows the first index at once; wait for the files.
  await expect.poll(() => readdirSync(siteCacheFolder(cacheDir, root)).sort(), { timeout: 10_000 }).toEqual(['entries.json', 'list.json', 'search.bin']);
  site.dispose();
  return count;
}

function cacheFile(cacheDir: string, root: string, name: string): string {
  return path.join(siteCacheFolder(cacheDir, root), name);
}

describe('the index cache', () => {
  it('reopens a site from the cache: the list at once, nothing analyzed again, search answered from the cached index', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    const site = await openSiteSession(root, { cacheDir, workers: 0 });
    // Listed from the cache before anything was checked.
    expect(site.entries()).toHaveLength(count);
    await site.whenIndexed();
    expect(site.stats()).toEqual({ analyzed: 0, reused: count, cache: 'used' });
    expect((await site.search('hackathon')).hits.length).toBeGreaterThan(0);
    expect(readdirSync(root).some((name) => name.includes('cache'))).toBe(false);
    site.dispose();
  });

  it('analyzes again a file that changed since, and only that one', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    write(root, RELEASE, read(root, RELEASE).replace(/^title: .*$/m, 'title: "Mage-OS 2.1 is out: the zanzibar edition"'));
    const site = await open(root, cacheDir);
    expect(site.stats()).toEqual({ analyzed: 1, reused: count - 1, cache: 'used' });
    expect(site.entry(RELEASE)?.title).toBe('Mage-OS 2.1 is out: the zanzibar edition');
    expect((await site.search('zanzibar')).hits.map((h) => h.file)).toEqual([RELEASE]);
    site.dispose();
  });

  it('takes a file whose time changed but not its size for changed', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, RELEASE), later, later);
    const site = await open(root, cacheDir);
    expect(site.stats()).toEqual({ analyzed: 1, reused: count - 1, cache: 'used' });
    site.dispose();
  });

  it('never trusts the cache for a post replaced by a link out of the site, even with the same size and time', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    const outside = path.join(tempDir('postdesk-outside-'), 'post.md');
    const original = path.join(root, RELEASE);
    const { mtime } = statSync(original);
    renameSync(original, outside);
    utimesSync(outside, mtime, mtime);
    symlinkSync(outside, original);
    const site = await open(root, cacheDir);
    expect(site.entry(RELEASE)).toBeUndefined();
    expect(site.entries()).toHaveLength(count - 1);
    expect((await site.search('2.1.0')).hits.map((h) => h.file)).not.toContain(RELEASE);
    site.dispose();
  });

  it('removes the temp files a run killed while writing the cache left behind, and only old ones', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    await warmUp(root, cacheDir);
    const abandoned = cacheFile(cacheDir, root, 'entries.json.0123456789ab.tmp');
    const writing = cacheFile(cacheDir, root, 'entries.json.ba9876543210.tmp');
    writeFileSync(abandoned, 'half a cache');
    writeFileSync(writing, 'another run writing now');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(abandoned, hourAgo, hourAgo);
    write(root, RELEASE, read(root, RELEASE).replace(/^title: .*$/m, 'title: "Written again"'));
    const site = await open(root, cacheDir);
    await site.refreshFile(RELEASE);
    await expect.poll(() => readdirSync(siteCacheFolder(cacheDir, root)).filter((n) => n.endsWith('.tmp')), { timeout: 15_000 }).toEqual(['entries.json.ba9876543210.tmp']);
    site.dispose();
  });

  it('analyzes again exactly the collection whose CMS config changed', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const first = await open(root, cacheDir);
    const events = first.entries().filter((e) => e.collection === 'event').length;
    first.dispose();
    await warmUp(root, cacheDir);
    const cms = read(root, 'public/admin/config.yml');
    // A new label for a field of the events collection only.
    const at = cms.indexOf("folder: 'src/data/events'");
    const edited = cms.slice(0, at) + cms.slice(at).replace("label: 'Title'", "label: 'Event title'");
    expect(edited).not.toBe(cms);
    write(root, 'public/admin/config.yml', edited);
    const site = await open(root, cacheDir);
    expect(site.stats()?.analyzed).toBe(events);
    site.dispose();
  });

  it('analyzes again every post when the theme config changes the site address', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    write(root, 'src/config.yaml', read(root, 'src/config.yaml').replace(/site: 'https:\/\/mage-os\.org'/, "site: 'https://www.example.org'"));
    const site = await open(root, cacheDir);
    expect(site.stats()).toEqual({ analyzed: count, reused: 0, cache: 'used' });
    site.dispose();
  });

  it('analyzes again only the posts when the post schema changes, and finds what the new schema finds', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    const posts = readdirSync(path.join(root, POST)).filter((name) => name.endsWith('.md')).length;
    const config = read(root, 'src/content/config.ts');
    const required = config.replace('    updateDate: z.coerce.date().optional(),', '    updateDate: z.coerce.date(),');
    expect(required).not.toBe(config);
    write(root, 'src/content/config.ts', required);
    const site = await open(root, cacheDir);
    expect(site.stats()).toEqual({ analyzed: posts, reused: count - posts, cache: 'used' });
    const missing = site.validateFile(RELEASE).filter((d) => d.rule === 'schema' && d.field === 'updateDate');
    expect(missing).toHaveLength(1);
    site.dispose();
  });

  it('detects a damaged cache file and rebuilds from the files, never using it', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    const entries = cacheFile(cacheDir, root, 'entries.json');
    const data = readFileSync(entries);
    // One changed byte in the payload: the errors of a post turned into none, say.
    data[data.length - 10] = data[data.length - 10] === 0x31 ? 0x32 : 0x31;
    writeFileSync(entries, data);
    const site = await open(root, cacheDir);
    expect(site.stats()).toEqual({ analyzed: count, reused: 0, cache: 'hash mismatch' });
    site.dispose();
  });

  it('rejects a cache whose hash is right but whose content is not what Postdesk writes', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const count = await warmUp(root, cacheDir);
    const list = cacheFile(cacheDir, root, 'list.json');
    const text = readFileSync(list, 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
    const payload = Buffer.from(JSON.stringify({ entries: [{ file: '../../etc/passwd', title: 'x' }] }));
    const { createHash } = await import('node:crypto');
    header.bytes = payload.length;
    header.sha256 = createHash('sha256').update(payload).digest('hex');
    writeFileSync(list, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
    const site = await openSiteSession(root, { cacheDir, workers: 0 });
    expect(site.entries().some((e) => e.file.includes('..'))).toBe(false);
    await site.whenIndexed();
    expect(site.stats()?.analyzed).toBe(count);
    site.dispose();
  });

  it('keeps the cache in the data folder, never in the site', async () => {
    const root = copyFixture();
    const cacheDir = tempDir('postdesk-cache-');
    const before = readdirSync(root, { recursive: true }).length;
    await warmUp(root, cacheDir);
    expect(readdirSync(root, { recursive: true }).length).toBe(before);
  });
});
