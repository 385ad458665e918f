import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Test support: temp repositories made from the reference site. Not used by the app. */

import { copyFixtureTree, FIXTURE_ROOT as FIXTURE } from '../../test-support/shared-fixtures';

export { FIXTURE };
export const POST_DIR = 'src/data/post';

/**
 * Tests must not see the machine's global git config (a credential helper, global hooks, a
 * safe.directory='*' would change the outcome), so each test process gets an empty one.
 */
export function isolateGitConfig(): void {
  const dir = tempDir('gitcfg');
  const global = path.join(dir, 'gitconfig');
  fs.writeFileSync(global, '[init]\n\tdefaultBranch = main\n');
  process.env.GIT_CONFIG_GLOBAL = global;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  for (const v of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) {
    delete process.env[v];
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

const created: string[] = [];

export function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `postdesk-${name}-`));
  created.push(dir);
  return dir;
}

/** For afterAll: removes every temp folder this test file made. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  template = null;
}

export function identify(repo: string): void {
  git(repo, 'config', 'user.name', 'Test Writer');
  git(repo, 'config', 'user.email', 'writer@example.org');
}

let template: string | null = null;

/** A fresh repository holding the reference site, one commit on `main`. */
export function makeSiteRepo(): string {
  if (!template) {
    template = tempDir('template');
    copyFixtureTree(FIXTURE, template);
    execFileSync('chmod', ['-R', 'u+w', template]);
    git(template, 'init', '-q', '-b', 'main');
    identify(template);
    git(template, 'add', '.');
    git(template, 'commit', '-q', '-m', 'Initial content');
  }
  const dir = tempDir('repo');
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

/** A bare repository on disk as `origin`, with `main` pushed and tracked. */
export function addBareRemote(repo: string): string {
  const bare = tempDir('remote');
  git(bare, 'init', '-q', '--bare', '-b', 'main');
  git(repo, 'remote', 'add', 'origin', bare);
  git(repo, 'push', '-q', '-u', 'origin', 'main');
  return bare;
}

export function cloneOf(bare: string): string {
  const dir = tempDir('clone');
  git(dir, 'clone', '-q', bare, '.');
  identify(dir);
  return dir;
}

export function postPath(repo: string, name: string): string {
  return path.join(repo, POST_DIR, name);
}

export function firstPosts(repo: string, n: number): string[] {
  return fs.readdirSync(path.join(repo, POST_DIR)).sort().slice(0, n);
}

export function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not change ${file}`);
  fs.writeFileSync(file, next);
}

/** Every file of the working tree (outside .git), relative to the repository. */
export function workingFiles(repo: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(path.relative(repo, p));
    }
  };
  walk(repo);
  return files.sort();
}

/** Everything a writer could lose: HEAD, the index, the working tree, the stash, a pending operation. */
export function snapshot(repo: string): Record<string, string> {
  const files = workingFiles(repo).map((f) => `${f} ${crypto.createHash('sha1').update(fs.readFileSync(path.join(repo, f))).digest('hex')}`);
  return {
    head: git(repo, 'rev-parse', 'HEAD'),
    branch: branchOf(repo),
    log: git(repo, 'log', '--format=%H %s', '-n', '5'),
    index: git(repo, 'ls-files', '--stage'),
    worktree: files.join('\n'),
    stash: git(repo, 'stash', 'list'),
    operation: operationOf(repo),
  };
}

/** The git operation under way, by the files git keeps for it ('' when none). */
export function operationOf(repo: string): string {
  const gitDir = path.join(repo, '.git');
  return ['MERGE_HEAD', 'rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD'].filter((f) => fs.existsSync(path.join(gitDir, f))).join(',');
}

function branchOf(repo: string): string {
  try {
    return git(repo, 'symbolic-ref', '-q', 'HEAD').trim();
  } catch {
    return '(detached)';
  }
}
