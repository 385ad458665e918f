import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixtureTree, FIXTURE_ROOT } from '../../test-support/shared-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../files/content-hash';
import type { AtomicFs } from '../files/write-atomic';
import { createDraftJournal } from './draft-journal';

const FIXTURE_POST = join(FIXTURE_ROOT, 'src/data/post/2022-08-15-mirror-2-4-5-release-and-many-contributions.md');
const FILE = 'src/data/post/post.md';

let root: string;
let dataDir: string;
let original: string;
beforeEach(() => {
  const base = mkdtempSync(join(tmpdir(), 'postdesk-drafts-'));
  root = join(base, 'site');
  dataDir = join(base, 'data');
  copyFixtureTree(FIXTURE_POST, join(root, FILE));
  original = readFileSync(join(root, FILE), 'utf8');
});
afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

function waitForLine(child: ReturnType<typeof spawn>, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(line)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before "${line}": ${err}`)));
  });
}

describe('draft journal', () => {
  it('killing the process with unsaved text and starting again restores it', async () => {
    const unsaved = original.replace('Work has been progressing nicely', 'Work has been progressing beautifully');
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'test-support/draft-writer-child.ts'), dataDir, root, FILE, unsaved], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForLine(child, 'written');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const journal = createDraftJournal(dataDir);
    const drafts = await journal.list(root);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ file: FILE, text: unsaved, diskMissing: false });
    expect(drafts[0]!.diff.removed).toBeGreaterThanOrEqual(1);
    expect(drafts[0]!.diff.preview.some((l) => l.startsWith('+ ') && l.includes('beautifully'))).toBe(true);
    await journal.dispose();
  }, 30_000);

  it('the journal lives in the data folder, never in the content folder', async () => {
    const journal = createDraftJournal(dataDir);
    await journal.keep(root, join(root, FILE), original + 'more\n', contentHash(original));
    expect(readdirSync(join(root, 'src/data/post'))).toEqual(['post.md']);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(original);
    const [draft] = await journal.list(root);
    expect(draft).toMatchObject({ file: FILE, diskChanged: false, diff: { added: 1, removed: 0 } });
    await journal.dispose();
  });

  it('the newest text wins and a discarded draft is gone after a save', async () => {
    const journal = createDraftJournal(dataDir);
    const first = journal.keep(root, FILE, 'first', null);
    const second = journal.keep(root, FILE, 'second', null);
    await Promise.all([first, second]);
    expect((await journal.list(root)).map((d) => d.text)).toEqual(['second']);
    await journal.discard(root, FILE);
    expect(await journal.list(root)).toEqual([]);
    await journal.dispose();
  });

  it('a draft equal to the file on disk is not offered', async () => {
    const journal = createDraftJournal(dataDir);
    await journal.keep(root, FILE, 'typed text', null);
    writeFileSync(join(root, FILE), 'typed text');
    expect(await journal.list(root)).toEqual([]);
    await journal.dispose();
  });

  it('a draft of a file changed on disk since is flagged', async () => {
    const journal = createDraftJournal(dataDir);
    await journal.keep(root, FILE, 'mine', contentHash(original));
    writeFileSync(join(root, FILE), 'theirs');
    expect(await journal.list(root)).toMatchObject([{ text: 'mine', diskChanged: true }]);
    await journal.dispose();
  });

  it('writes at once, before answering: a kept draft is on disk when keep resolves', async () => {
    const journal = createDraftJournal(dataDir);
    await journal.keep(root, FILE, 'typed a moment ago', null);
    const other = createDraftJournal(dataDir);
    expect((await other.list(root)).map((d) => d.text)).toEqual(['typed a moment ago']);
    await journal.dispose();
  });

  it('a draft that cannot be written (a full disk) is reported with a reason, not as kept', async () => {
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const fs = { ...(await import('node:fs/promises')), open: async () => Promise.reject(full) } as unknown as AtomicFs;
    const journal = createDraftJournal(dataDir, { fs });
    await expect(journal.keep(root, FILE, 'unsaved', null)).rejects.toThrow(/could not be kept in the draft journal \(the disk is full\)/);
    expect(await journal.list(root)).toEqual([]);
    await journal.dispose();
  });

  it('a discard after a keep leaves nothing, whatever order the writes finish in', async () => {
    const journal = createDraftJournal(dataDir);
    const kept = journal.keep(root, FILE, 'unsaved', null);
    const discarded = journal.discard(root, FILE);
    await Promise.all([kept, discarded]);
    expect(await journal.list(root)).toEqual([]);
    await journal.dispose();
  });
});
