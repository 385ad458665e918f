import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFiles } from './commit-files';
import type { GitProgress } from './progress';
import { describeSync, readRepoState } from './repo-state';
import { abortRebase, fetchRemote, pull, push } from './sync';
import { POST_DIR, addBareRemote, cloneOf, edit, firstPosts, git, isolateGitConfig, removeTempDirs, makeSiteRepo, postPath, snapshot } from './test-repo';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

async function commitEdit(repo: string, post: string, from: RegExp | string, to: string, message: string) {
  edit(postPath(repo, post), from, to);
  const result = await commitFiles(repo, { files: [`${POST_DIR}/${post}`], message });
  expect(result.status).toBe('committed');
}

describe('sync with a remote', () => {
  it('pushes local commits (with progress) and pulls a change made in another clone', async () => {
    const repo = makeSiteRepo();
    const bare = addBareRemote(repo);
    const [a, b] = firstPosts(repo, 2);
    await commitEdit(repo, a!, /Dear Magento community/, 'Dear readers', 'Update post A');
    const waiting = await readRepoState(repo);
    expect(waiting.ahead).toBe(1);
    expect(describeSync(waiting)).toBe('1 commit waiting to be pushed');

    const progress: GitProgress[] = [];
    const pushed = await push(repo, (p) => progress.push(p));
    expect(pushed.status).toBe('pushed');
    expect(pushed.state.ahead).toBe(0);
    expect(git(bare, 'log', '-1', '--format=%s', 'main')).toBe('Update post A\n');
    expect(progress.some((p) => p.phase === 'Writing objects' && p.percent === 100)).toBe(true);
    expect((await push(repo)).status).toBe('up-to-date');

    const other = cloneOf(bare);
    edit(postPath(other, b!), /---\n/, '---\n# from a colleague\n');
    git(other, 'commit', '-q', '-am', 'Colleague edit');
    git(other, 'push', '-q');

    expect((await fetchRemote(repo)).state.behind).toBe(1);
    // An uncommitted edit elsewhere is set aside and put back.
    edit(postPath(repo, a!), /Dear readers/, 'Dear readers, again');
    const pulled = await pull(repo);
    expect(pulled.status).toBe('updated');
    expect(fs.readFileSync(postPath(repo, b!), 'utf8')).toContain('# from a colleague');
    expect(fs.readFileSync(postPath(repo, a!), 'utf8')).toContain('Dear readers, again');
    expect(pulled.state.behind).toBe(0);
    expect((await pull(repo)).status).toBe('up-to-date');
  });

  it('a conflicting pull stops with both versions, and abort restores everything', async () => {
    const repo = makeSiteRepo();
    const bare = addBareRemote(repo);
    const [a, b] = firstPosts(repo, 2);
    const other = cloneOf(bare);
    edit(postPath(other, a!), /Dear Magento community/, 'Dear colleagues');
    git(other, 'commit', '-q', '-am', 'Their edit');
    git(other, 'push', '-q');

    await commitEdit(repo, a!, /Dear Magento community/, 'Dear writers', 'My edit');
    edit(postPath(repo, b!), /---\n/, '---\n# not committed yet\n');
    const before = snapshot(repo);

    const result = await pull(repo);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.message).toMatch(/Nothing is lost/);
    expect(result.conflicts.files).toHaveLength(1);
    const conflict = result.conflicts.files[0]!;
    expect(conflict.path).toBe(`${POST_DIR}/${a}`);
    expect(conflict.conflicts).toHaveLength(1);
    expect(conflict.conflicts[0]!.mine).toContain('Dear writers');
    expect(conflict.conflicts[0]!.theirs).toContain('Dear colleagues');
    expect(conflict.conflicts[0]!.base).toContain('Dear Magento community');
    expect(result.state.operation).toBe('rebase');
    await expect(commitFiles(repo, { files: [`${POST_DIR}/${b}`], message: 'x' })).rejects.toMatchObject({ code: 'operation-in-progress' });

    const state = await abortRebase(repo);
    expect(state.operation).toBeNull();
    expect(snapshot(repo)).toEqual(before);
    expect(state.ahead).toBe(1);
  });

  it('offline: push says so, and the commits stay queued', async () => {
    const repo = makeSiteRepo();
    addBareRemote(repo);
    const [a] = firstPosts(repo, 1);
    await commitEdit(repo, a!, /Dear Magento community/, 'Dear all', 'Offline edit');
    for (const url of ['https://postdesk-test.invalid/site.git', 'http://127.0.0.1:9/site.git']) {
      git(repo, 'remote', 'set-url', 'origin', url);
      const before = snapshot(repo);
      const pushed = await push(repo);
      expect(pushed).toMatchObject({ status: 'offline' });
      if (pushed.status === 'offline') expect(pushed.message).toMatch(/cannot be reached[\s\S]*1 commit waiting to be pushed/);
      expect(pushed.state.ahead).toBe(1);
      expect((await pull(repo)).status).toBe('offline');
      expect(snapshot(repo)).toEqual(before);
    }
  });
});
