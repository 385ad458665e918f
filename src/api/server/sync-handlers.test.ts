import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST_FILE, commitPost, expectSettled, pushFrom, readPost, replaceOnce, twoWriters } from '../../core/git/merge/two-writers';
import { git, isolateGitConfig, removeTempDirs } from '../../core/git/test-repo';
import { createBackend, type Backend } from './backend';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

const TITLE = 'title: "Mirror 2.4.5 release and many contributions"\n';

async function backendFor(root: string): Promise<Backend> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postdesk-sync-data-'));
  return createBackend({
    dataDir,
    sampleSiteDir: root,
    initialFolder: root,
    host: { kind: 'browser', pickFolder: null, openExternal: async () => false, assetRoute: () => ({ base: '/', source: "'self'" }) },
    log: () => {},
  });
}

async function call(backend: Backend, name: string, input: unknown = {}) {
  const result = await backend.router.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

describe('the sync calls, through the router and the contract', () => {
  it('pull says what it merged, by title; conflicts come with word diffs; continue and push finish it', async () => {
    const { mine, theirs, bare } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n').replace('The Mage-OS folks', 'The Mage-OS team'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, TITLE, 'title: "My title"\n').replace('The Mage-OS folks', 'The folks'), 'Writer');
    const backend = await backendFor(mine);
    try {
      const pulled = await call(backend, 'git.pull');
      expect(pulled).toMatchObject({ status: 'conflict', merged: [] });
      const file = (pulled.conflicts as { files: { path: string; planId: string; conflicts: { id: string; mineRows: { section: string }[] }[] }[] }).files[0]!;
      expect(file.path).toBe(POST_FILE);
      expect(file.conflicts.map((c) => c.id)).toEqual(['field:title', 'text:0']);
      expect(file.conflicts[0]!.mineRows.every((r) => r.section === 'frontmatter')).toBe(true);
      expect(await call(backend, 'git.outbox')).toMatchObject({ commits: [], queue: { state: 'idle' } });

      // A save over the file git left markers in is refused; the file is untouched.
      const onDisk = readPost(mine);
      const refused = await backend.router.dispatch('doc.save', { file: POST_FILE, text: 'mine', baseHash: null, overwrite: true });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'merge-conflict' } });
      expect(readPost(mine)).toBe(onDisk);

      const choices = { 'field:title': { pick: 'theirs' }, 'text:0': { pick: 'both' } };
      const preview = await call(backend, 'git.previewResolution', { file: POST_FILE, planId: file.planId, choices });
      expect(preview.text).toContain('The folks\n\nThe Mage-OS team\n');
      const left = await call(backend, 'git.resolveFile', { file: POST_FILE, planId: file.planId, resolution: { kind: 'pieces', choices } });
      expect(left.files).toEqual([]);
      expect(await call(backend, 'git.continue')).toMatchObject({ status: 'updated', conflicts: null });
      expectSettled(mine);
      expect(await call(backend, 'git.outbox')).toMatchObject({ commits: [{ subject: 'Writer' }] });

      expect(await call(backend, 'git.push')).toMatchObject({ status: 'pushed', message: 'Pushed 1 commit.' });
      expect(git(bare, 'show', `main:${POST_FILE}`)).toBe(readPost(mine));
      expect(await call(backend, 'git.outbox')).toMatchObject({ commits: [], queue: { state: 'idle', lastPushed: { count: 1, subjects: ['Writer'] } } });
    } finally {
      await backend.dispose();
    }
  });

  it('a pull that merges by itself names the post by its merged title', async () => {
    const { mine, theirs } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, 'publishDate: "2022-08-15T00:00:00.000Z"\n', 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Writer');
    const backend = await backendFor(mine);
    try {
      const pulled = await call(backend, 'git.pull');
      expect(pulled).toMatchObject({ status: 'updated', conflicts: null });
      expect(pulled.message).toBe('Pulled the latest changes. Merged by itself: “Their title” (kept your publishDate and their title).');
    } finally {
      await backend.dispose();
    }
  });
});
