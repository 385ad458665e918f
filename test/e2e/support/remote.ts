import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test support: a bare repository as the remote, and a co-writer's clone of it. */

export const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

export interface Remote {
  bare: string;
  /** A second writer's clone, who pushes first. */
  coWriter: string;
  dispose(): void;
}

/** Makes a bare remote of the site's repository (branch main, tracked) and a co-writer's clone. */
export function addRemote(site: string): Remote {
  const bare = mkdtempSync(join(tmpdir(), 'postdesk-e2e-remote-'));
  git(bare, 'init', '-q', '--bare', '-b', 'main');
  git(site, 'remote', 'add', 'origin', bare);
  git(site, 'push', '-q', '-u', 'origin', 'main');
  const coWriter = mkdtempSync(join(tmpdir(), 'postdesk-e2e-cowriter-'));
  git(coWriter, 'clone', '-q', bare, '.');
  git(coWriter, 'config', 'user.name', 'Co Writer');
  git(coWriter, 'config', 'user.email', 'co-writer@example.com');
  return {
    bare,
    coWriter,
    dispose() {
      for (const dir of [bare, coWriter]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Edits a file and commits it. */
export function commitChange(repo: string, file: string, change: (text: string) => string, message: string): void {
  const path = join(repo, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit "${message}" changed nothing`);
  writeFileSync(path, after);
  git(repo, 'commit', '-q', '-am', message);
}

/** The co-writer edits a file, commits and pushes. */
export function pushChange(repo: string, file: string, change: (text: string) => string, message: string): void {
  commitChange(repo, file, change, message);
  git(repo, 'push', '-q');
}
