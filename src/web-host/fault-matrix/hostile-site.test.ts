import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolateGitConfig, makeSiteRepo, removeTempDirs, tempDir } from '../../core/git/test-repo';
import { postWithAliasBomb, postWithCodeFence, postWithSuspiciousTags, VALID_FIELDS } from '../../core/security/testing/hostile-files';
import { shutdownAnalyzePool } from '../../core/site/workers/analyze-pool';
import { startTestHost, type RunningHost } from './running-host';

/**
 * Fault matrix, items 1 to 4 and 8, through the browser host as the app calls it: a cloned
 * site with a `---js` post, alias bombs, links out of the site, and calls that try to write
 * where Postdesk must not. The server stays up and answering throughout.
 */
const POST = 'src/data/post';
const SECRET = 'outside-secret-0815';
let running: RunningHost;
let root: string;
let outside: string;
const ran = (): string => path.join(outside, 'ran');

beforeAll(async () => {
  isolateGitConfig();
  root = makeSiteRepo();
  outside = tempDir('outside');
  writeFileSync(path.join(outside, 'secret.md'), `---\n${VALID_FIELDS}\n---\n\n${SECRET}\n`);
  writeFileSync(path.join(root, POST, '2024-05-01-code.md'), postWithCodeFence('js', ran()));
  writeFileSync(path.join(root, POST, '2024-05-02-bomb-9.md'), postWithAliasBomb(9));
  writeFileSync(path.join(root, POST, '2024-05-03-bomb-8.md'), postWithAliasBomb(8));
  symlinkSync(path.join(outside, 'secret.md'), path.join(root, POST, '2024-05-04-linked-out.md'));
  mkdirSync(path.join(outside, 'media'));
  rmSync(path.join(root, 'src/assets/images'), { recursive: true });
  symlinkSync(path.join(outside, 'media'), path.join(root, 'src/assets/images'));
  running = await startTestHost(root);
});

afterAll(async () => {
  await running?.stop();
  removeTempDirs();
  await shutdownAnalyzePool();
});

describe('fault matrix over the browser host: a hostile site', () => {
  it('opening the site and the ---js post runs nothing, and shows the fence as a problem on line 1', async () => {
    const opened = await running.call('doc.open', { file: `${POST}/2024-05-01-code.md` });
    expect(opened.json.ok).toBe(true);
    expect(opened.json.value).toMatchObject({ values: {}, diagnostics: [expect.objectContaining({ rule: 'yaml-syntax', line: 1 })] });
    const all = await running.call('site.validateAll', {});
    expect(JSON.stringify(all.json)).toContain('marked \\"js\\"');
    expect(existsSync(ran())).toBe(false);
  });

  it.each([9, 8])('doc.open of a %i-level alias bomb answers at once with a small body and a yaml-syntax problem', async (levels) => {
    const opened = await running.call('doc.open', { file: `${POST}/2024-05-0${levels === 9 ? 2 : 3}-bomb-${levels}.md` });
    expect(opened.json.value).toMatchObject({ values: {}, diagnostics: [expect.objectContaining({ rule: 'yaml-syntax', message: expect.stringContaining('aliases') })] });
    // It was a 302 MB answer (eight levels) or a server out of memory (nine).
    expect(opened.bytes).toBeLessThan(64 * 1024);
    expect((await running.call('app.state', {})).json.ok).toBe(true);
  });

  it('a slow post being checked does not hold up other calls', async () => {
    const checking = running.call('file.validate', { file: `${POST}/2024-05-05-slow.md`, text: postWithSuspiciousTags(20_000) });
    let checked = false;
    void checking.then(() => (checked = true));
    const state = await running.call('app.state', {});
    expect(state.json.ok).toBe(true);
    expect(checked).toBe(false);
    expect((await checking).json).toMatchObject({ ok: true, value: [expect.objectContaining({ rule: 'file', message: expect.stringContaining('took longer than') })] });
  });

  it('the post list, search and git.diff never read through a link out of the site', async () => {
    const entries = (await running.call('site.entries', {})).json.value as Array<{ file: string }>;
    expect(entries.map((e) => e.file)).not.toContain(`${POST}/2024-05-04-linked-out.md`);
    expect((await running.call('site.search', { query: SECRET })).json.value).toMatchObject({ files: [] });
    const diff = await running.call('git.diff', { file: `${POST}/2024-05-04-linked-out.md` });
    expect(diff.json).toMatchObject({ ok: false, error: { code: 'outside-root' } });
    expect(JSON.stringify(diff.json)).not.toContain(SECRET);
    expect((await running.call('doc.open', { file: `${POST}/2024-05-04-linked-out.md` })).json).toMatchObject({ ok: false, error: { code: 'outside-root' } });
  });

  it('media.import through a media folder that is a link out of the site writes nothing there', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
    const imported = await running.call('media.import', { post: `${POST}/2023-09-30-september-2023-update.md`, name: 'photo.png', dataBase64: png });
    expect(imported.json).toMatchObject({ ok: false, error: { code: 'outside-root' } });
    expect(readdirSync(path.join(outside, 'media'))).toEqual([]);
  });

  it.each(['.git/hooks/pre-commit', '.git/config', 'astro.config.mjs', 'package.json', 'src/content/config.ts'])('doc.save refuses %s', async (file) => {
    const contents = (): string | null => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : null);
    const before = contents();
    const saved = await running.call('doc.save', { file, text: '#!/bin/sh\ntouch /tmp/pwned\n', baseHash: null, overwrite: true });
    expect(saved.json).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(contents()).toBe(before);
  });

  it('git.removeStaleLock needs the writer’s confirmation', async () => {
    expect((await running.call('git.removeStaleLock', {})).json).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('Confirm') } });
    expect((await running.call('git.removeStaleLock', { confirmed: true })).json.ok).toBe(true);
  });
});
