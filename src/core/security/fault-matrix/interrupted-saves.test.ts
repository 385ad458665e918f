import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFolderAsSite } from '../../app/open-folder';
import { copyFixture, POST, removeCopies } from '../../site/testing/site-fixture';
import { shutdownAnalyzePool } from '../../site/workers/analyze-pool';
import { repoRoot } from '../../../test-support/shared-fixtures';

/**
 * Fault matrix, item 8 (temp files): `kill -9` during a save left `.*.postdesk-tmp` files
 * (up to 1 MB) in the content folder, untracked in git and never cleaned. The next open of
 * the folder removes them: only ours (our name pattern, a regular file, written by a process
 * that is gone), never a file that is not ours.
 */
afterAll(async () => {
  removeCopies();
  await shutdownAnalyzePool();
});

const FILE = `${POST}/2023-09-30-september-2023-update.md`;
const temps = (root: string): string[] => readdirSync(path.join(root, POST)).filter((n) => n.endsWith('.postdesk-tmp')).sort();

/** Runs a save in another process and kills it (SIGKILL) once its temp file is written. */
function killedSave(file: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/core/security/testing/interrupted-save.ts'), file], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('temp written')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the save was not interrupted (${signal})`))));
  });
}

describe('fault matrix 8: temp files of interrupted saves', () => {
  it('a save killed halfway leaves its temp file and the post as it was; the next open removes the temp file', async () => {
    const root = copyFixture();
    const before = readFileSync(path.join(root, FILE), 'utf8');
    await killedSave(path.join(root, FILE));
    const [left] = temps(root);
    expect(left).toMatch(/^\.2023-09-30-september-2023-update\.md\.\d+-[0-9a-f]{12}\.postdesk-tmp$/);
    expect(readFileSync(path.join(root, POST, left!)).length).toBe(1024 * 1024);
    expect(readFileSync(path.join(root, FILE), 'utf8')).toBe(before);

    (await openFolderAsSite(root)).dispose();
    expect(temps(root)).toEqual([]);
    expect(readFileSync(path.join(root, FILE), 'utf8')).toBe(before);
  });

  it('never removes a file that is not ours, nor one a running process is writing', async () => {
    const root = copyFixture();
    const gone = spawnSync('true').pid;
    const keep = [
      '.notes.postdesk-tmp',
      '.draft.md.tmp',
      `.live.md.${process.pid}-0123456789ab.postdesk-tmp`,
      // Named like ours, by a process that is gone, but a link: not a temp file we wrote.
      `.linked.md.${gone}-0123456789ab.postdesk-tmp`,
    ];
    for (const name of keep.slice(0, 3)) writeFileSync(path.join(root, POST, name), 'not ours to remove');
    symlinkSync(FILE.split('/').pop()!, path.join(root, POST, keep[3]!));
    (await openFolderAsSite(root)).dispose();
    for (const name of keep) expect(existsSync(path.join(root, POST, name)), name).toBe(true);
  });

  // The journal's first write and a full disk (item 8) are tested in core/drafts/draft-journal.test.ts.
});
