import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { hasConflictMarkers } from './conflict-markers';
import { POST_DIR, addBareRemote, cloneOf, git, makeSiteRepo, operationOf, postPath, workingFiles } from '../test-repo';

/** Test support: a bare remote with two clones of the reference site, one per writer. Not used by the app. */

/** The fixture post used by most cases: `title:` is followed by `publishDate:` on the next line. */
export const POST = '2022-08-15-mirror-2-4-5-release-and-many-contributions.md';
export const POST_FILE = `${POST_DIR}/${POST}`;

export interface TwoWriters {
  /** The writer using Postdesk. */
  mine: string;
  /** The co-writer, who pushes first. */
  theirs: string;
  bare: string;
}

export function twoWriters(prepare?: (repo: string) => void): TwoWriters {
  const mine = makeSiteRepo();
  if (prepare) {
    prepare(mine);
    git(mine, 'commit', '-q', '-am', 'Prepare the post');
  }
  const bare = addBareRemote(mine);
  const theirs = cloneOf(bare);
  git(theirs, 'config', 'user.name', 'Co Writer');
  return { mine, theirs, bare };
}

export function readPost(repo: string, file = POST_FILE): string {
  return fs.readFileSync(path.join(repo, file), 'utf8');
}

export function writePost(repo: string, text: string, file = POST_FILE): void {
  fs.writeFileSync(path.join(repo, file), text);
}

/** Edits the post with `change` (which must change it) and commits it. */
export function commitPost(repo: string, change: (text: string) => string, message: string, file = POST_FILE): void {
  const before = readPost(repo, file);
  const after = change(before);
  if (after === before) throw new Error(`the edit for "${message}" changed nothing`);
  writePost(repo, after, file);
  git(repo, 'add', '--', file);
  git(repo, 'commit', '-q', '-m', message);
}

export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`"${String(from)}" is not in the text`);
  return next;
}

export function pushFrom(repo: string): void {
  git(repo, 'push', '-q');
}

/** Every text file of the working tree that holds git's conflict markers. */
export function filesWithMarkers(repo: string): string[] {
  const text = /\.(md|mdx|ya?ml|ts|astro|txt)$|_redirects$/;
  return workingFiles(repo).filter((f) => text.test(f) && hasConflictMarkers(fs.readFileSync(path.join(repo, f), 'utf8')));
}

/** The repository is finished: no operation under way, nothing unmerged, no marker in any file. */
export function expectSettled(repo: string): void {
  expect(operationOf(repo)).toBe('');
  expect(git(repo, 'ls-files', '-u')).toBe('');
  expect(filesWithMarkers(repo)).toEqual([]);
}

export { git, operationOf, postPath };
