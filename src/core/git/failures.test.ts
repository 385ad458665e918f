import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFiles } from './commit-files';
import { GitProblem } from './git-problem';
import { readIdentity, setIdentity } from './identity';
import { initRepo } from './init-repo';
import { removeIndexLock } from './index-lock';
import { readRepoState } from './repo-state';
import { pull, push } from './sync';
import { FIXTURE, POST_DIR, edit, firstPosts, git, isolateGitConfig, removeTempDirs, makeSiteRepo, postPath, snapshot, tempDir } from './test-repo';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

/** A repository with an edited post and a new post, the usual state before a commit. */
function repoWithChanges() {
  const repo = makeSiteRepo();
  const [post] = firstPosts(repo, 1);
  edit(postPath(repo, post!), /Dear Magento community/, 'Dear all');
  fs.writeFileSync(postPath(repo, '2030-01-01-brand-new.md'), '---\ntitle: Brand new\n---\n');
  const files = [`${POST_DIR}/${post}`, `${POST_DIR}/2030-01-01-brand-new.md`];
  return { repo, files };
}

async function expectProblem(promise: Promise<unknown>, code: string, words: RegExp): Promise<GitProblem> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitProblem);
  const problem = error as GitProblem;
  expect(problem.code).toBe(code);
  expect(problem.message).toMatch(words);
  return problem;
}

describe('git problems are explained and change nothing', () => {
  it('not a git repository: state says so, commit explains, initRepo fixes it', async () => {
    const dir = tempDir('plain');
    fs.cpSync(path.join(FIXTURE, 'src/data/authors'), dir, { recursive: true });
    expect((await readRepoState(dir)).isRepo).toBe(false);
    await expectProblem(commitFiles(dir, { files: ['x.md'], message: 'x' }), 'not-a-repo', /not a git repository.*git init/);
    await initRepo(dir);
    const state = await readRepoState(dir);
    expect(state.isRepo).toBe(true);
    expect(state.head).toBeNull();
    expect(state.files.length).toBeGreaterThan(0);
    // The very first commit, refused by a hook, then made.
    await setIdentity(dir, 'Ann Writer', 'ann@example.org');
    const first = state.files[0]!.path;
    fs.writeFileSync(path.join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    await expectProblem(commitFiles(dir, { files: [first], message: 'First' }), 'hook-failed', /refused the commit/);
    expect(git(dir, 'ls-files')).toBe('');
    fs.rmSync(path.join(dir, '.git/hooks/pre-commit'));
    expect((await commitFiles(dir, { files: [first], message: 'First' })).status).toBe('committed');
    expect(git(dir, 'ls-files').trim()).toBe(first);
  });

  it('git not installed', async () => {
    const { repo, files } = repoWithChanges();
    const before = snapshot(repo);
    const savedPath = process.env.PATH;
    process.env.PATH = tempDir('empty-path');
    try {
      await expectProblem(commitFiles(repo, { files, message: 'x' }), 'git-missing', /Git is not installed/);
    } finally {
      process.env.PATH = savedPath;
    }
    expect(snapshot(repo)).toEqual(before);
  });

  it('a stale index.lock', async () => {
    const { repo, files } = repoWithChanges();
    await readRepoState(repo);
    const lock = path.join(repo, '.git/index.lock');
    fs.writeFileSync(lock, '');
    const before = snapshot(repo);
    const problem = await expectProblem(commitFiles(repo, { files, message: 'x' }), 'index-locked', /lock file/);
    expect(problem.gitOutput).toContain('index.lock');
    expect(snapshot(repo)).toEqual(before);
    expect(await removeIndexLock(repo)).toBe(true);
    expect((await commitFiles(repo, { files, message: 'x' })).status).toBe('committed');
  });

  it('detached HEAD', async () => {
    const { repo, files } = repoWithChanges();
    git(repo, 'checkout', '-q', '--detach');
    const before = snapshot(repo);
    expect((await readRepoState(repo)).detached).toBe(true);
    await expectProblem(commitFiles(repo, { files, message: 'x' }), 'detached-head', /not on a branch/);
    expect(snapshot(repo)).toEqual(before);
  });

  it('a merge in progress', async () => {
    const { repo, files } = repoWithChanges();
    const [, other] = firstPosts(repo, 2);
    const otherPath = postPath(repo, other!);
    git(repo, 'checkout', '-q', '-b', 'side');
    edit(otherPath, /---\n/, '---\n# side\n');
    git(repo, 'commit', '-q', '-am', 'side');
    git(repo, 'checkout', '-q', 'main');
    edit(otherPath, /---\n/, '---\n# main\n');
    git(repo, 'commit', '-q', '-m', 'main', '--', `${POST_DIR}/${other}`);
    expect(() => git(repo, 'merge', 'side')).toThrow();
    const before = snapshot(repo);
    expect((await readRepoState(repo)).operation).toBe('merge');
    await expectProblem(commitFiles(repo, { files, message: 'x' }), 'operation-in-progress', /merge is in progress/);
    expect(snapshot(repo)).toEqual(before);
  });

  it('a failing pre-commit hook (new files are not left staged)', async () => {
    const { repo, files } = repoWithChanges();
    fs.writeFileSync(path.join(repo, '.git/hooks/pre-commit'), '#!/bin/sh\necho "Spelling check failed" >&2\nexit 1\n', { mode: 0o755 });
    const before = snapshot(repo);
    const problem = await expectProblem(commitFiles(repo, { files, message: 'x' }), 'hook-failed', /pre-commit[\s\S]*Spelling check failed/);
    expect(problem.gitOutput).toContain('Spelling check failed');
    expect(snapshot(repo)).toEqual(before);
  });

  it('a failing hook while another file is staged (commit --only)', async () => {
    const { repo, files } = repoWithChanges();
    const [, other] = firstPosts(repo, 2);
    edit(postPath(repo, other!), /---\n/, '---\n# staged\n');
    git(repo, 'add', `${POST_DIR}/${other}`);
    fs.writeFileSync(path.join(repo, '.git/hooks/pre-commit'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const before = snapshot(repo);
    await expectProblem(commitFiles(repo, { files, message: 'x' }), 'hook-failed', /refused the commit/);
    expect(snapshot(repo)).toEqual(before);
  });

  it('dubious ownership (a repository owned by another user)', async () => {
    if (process.getuid?.() !== 0) return; // Only root can give a folder to another user.
    const { repo, files } = repoWithChanges();
    const before = snapshot(repo);
    execFileSync('chown', ['-R', 'nobody', repo]);
    try {
      await expectProblem(readRepoState(repo), 'dubious-ownership', /belongs to another user.*safe\.directory/);
      await expectProblem(commitFiles(repo, { files, message: 'x' }), 'dubious-ownership', /another user/);
    } finally {
      execFileSync('chown', ['-R', 'root', repo]);
    }
    expect(snapshot(repo)).toEqual(before);
  });

  it('no upstream for pull and push', async () => {
    const { repo } = repoWithChanges();
    const before = snapshot(repo);
    await expectProblem(push(repo), 'no-upstream', /not connected to a remote branch/);
    await expectProblem(pull(repo), 'no-upstream', /nowhere to pull/);
    expect(snapshot(repo)).toEqual(before);
  });

  it('no author identity: asked once and stored in the repository', async () => {
    const { repo, files } = repoWithChanges();
    git(repo, 'config', '--unset', 'user.name');
    git(repo, 'config', '--unset', 'user.email');
    // Without this git may invent an address from the host name instead of failing.
    git(repo, 'config', 'user.useConfigOnly', 'true');
    expect(await readIdentity(repo)).toEqual({ name: null, email: null, complete: false });
    const before = snapshot(repo);
    await expectProblem(commitFiles(repo, { files, message: 'x' }), 'no-identity', /name and email/);
    expect(snapshot(repo)).toEqual(before);
    await expectProblem(setIdentity(repo, 'Ann', 'not-an-email'), 'no-identity', /valid email/);
    await setIdentity(repo, 'Ann Writer', 'ann@example.org');
    expect(await readIdentity(repo)).toEqual({ name: 'Ann Writer', email: 'ann@example.org', complete: true });
    expect(git(repo, 'config', '--local', 'user.email').trim()).toBe('ann@example.org');
    expect((await commitFiles(repo, { files, message: 'x' })).status).toBe('committed');
    expect(git(repo, 'log', '-1', '--format=%an <%ae>').trim()).toBe('Ann Writer <ann@example.org>');
  });

  describe('authentication failure', () => {
    let server: http.Server;
    let url = '';
    beforeAll(async () => {
      server = http.createServer((_req, res) => {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
        res.end('Unauthorized');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/site.git`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('push and pull say the credentials were refused', async () => {
      const { repo, files } = repoWithChanges();
      git(repo, 'remote', 'add', 'origin', url);
      git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
      git(repo, 'branch', '-q', '--set-upstream-to=origin/main');
      await commitFiles(repo, { files, message: 'Local work' });
      const before = snapshot(repo);
      await expectProblem(push(repo), 'auth-failed', /refused your credentials/);
      await expectProblem(pull(repo), 'auth-failed', /refused your credentials/);
      expect(snapshot(repo)).toEqual(before);
    });
  });
});
