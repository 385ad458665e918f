import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GitProblem } from '../git-problem';
import { execGit } from '../run-git';

/** A stretch of the merged text: lines all sides agree on, or a place where two edits meet. */
export type LineHunk = { kind: 'clean'; lines: string[] } | { kind: 'conflict'; base: string[]; mine: string[]; theirs: string[] };

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * Git's own three-way line merge (`git merge-file --diff3`), on lines without their line
 * breaks. The marker lines are made longer than any run of marker characters in the inputs, so a
 * post that quotes a conflict marker cannot be mistaken for one.
 */
export async function mergeFileLines(base: string[], mine: string[], theirs: string[]): Promise<LineHunk[]> {
  if (sameLines(mine, theirs) || sameLines(base, theirs)) return clean(mine);
  if (sameLines(base, mine)) return clean(theirs);
  const size = markerSize([base, mine, theirs]);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'postdesk-merge-'));
  try {
    const write = (name: string, lines: string[]) => fs.writeFile(path.join(dir, name), lines.length ? `${lines.join('\n')}\n` : '');
    await Promise.all([write('mine', mine), write('base', base), write('theirs', theirs)]);
    const args = ['merge-file', '-p', '--diff3', `--marker-size=${size}`, '-L', 'mine', '-L', 'base', '-L', 'theirs', 'mine', 'base', 'theirs'];
    const outcome = await execGit(dir, args);
    // The exit code is the number of conflicts (at most 127); anything else is a failure.
    if (outcome.spawnError || outcome.code < 0 || outcome.code > 127) {
      throw new GitProblem('unknown', 'Git could not merge the two versions of the text.', outcome.stderr);
    }
    return parseMerged(outcome.stdout, size);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function clean(lines: string[]): LineHunk[] {
  return lines.length ? [{ kind: 'clean', lines: [...lines] }] : [];
}

function markerSize(texts: string[][]): number {
  let longest = 0;
  for (const lines of texts) {
    for (const line of lines) {
      const run = /^(<+|\|+|=+|>+)/.exec(line)?.[1]?.length ?? 0;
      if (run > longest) longest = run;
    }
  }
  return Math.max(32, longest + 1);
}

function parseMerged(output: string, size: number): LineHunk[] {
  const open = `${'<'.repeat(size)} mine`;
  const baseMark = `${'|'.repeat(size)} base`;
  const separator = '='.repeat(size);
  const close = `${'>'.repeat(size)} theirs`;
  const lines = output.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const hunks: LineHunk[] = [];
  let cleanLines: string[] = [];
  let conflict: { base: string[]; mine: string[]; theirs: string[] } | null = null;
  let part: 'mine' | 'base' | 'theirs' = 'mine';
  for (const line of lines) {
    if (!conflict) {
      if (line === open) {
        if (cleanLines.length) hunks.push({ kind: 'clean', lines: cleanLines });
        cleanLines = [];
        conflict = { base: [], mine: [], theirs: [] };
        part = 'mine';
      } else cleanLines.push(line);
      continue;
    }
    if (line === baseMark && part === 'mine') part = 'base';
    else if (line === separator && part !== 'theirs') part = 'theirs';
    else if (line === close && part === 'theirs') {
      hunks.push({ kind: 'conflict', ...conflict });
      conflict = null;
    } else conflict[part].push(line);
  }
  if (conflict) throw new GitProblem('unknown', 'Git returned a merge that could not be read.', output.slice(0, 2000));
  if (cleanLines.length) hunks.push({ kind: 'clean', lines: cleanLines });
  return hunks;
}
