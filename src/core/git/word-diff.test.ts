import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFile } from './diff-file';
import { diffSequences } from './sequence-diff';
import { POST_DIR, edit, firstPosts, git, isolateGitConfig, removeTempDirs, makeSiteRepo, postPath } from './test-repo';
import { collapseUnchanged, diffTexts, diffWords } from './word-diff';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

describe('diffSequences', () => {
  it('turns a into b with a shortest script', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 40 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 40 }), (a, b) => {
        const edits = diffSequences(a, b);
        const rebuilt: string[] = [];
        let kept = 0;
        for (const e of edits) {
          if (e.kind === 'equal') {
            expect(a.slice(e.aStart, e.aStart + e.length)).toEqual(b.slice(e.bStart, e.bStart + e.length));
            kept += e.length;
          }
          if (e.kind !== 'delete') rebuilt.push(...b.slice(e.bStart, e.bStart + e.length));
        }
        expect(rebuilt).toEqual(b);
        expect(kept).toBe(lcsLength(a, b));
      }),
    );
  });
});

function lcsLength(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[a.length]![b.length]!;
}

describe('diffTexts', () => {
  it('highlights the changed words of a changed line', () => {
    const [oldParts, newParts] = diffWords('The monthly update for May.', 'The big monthly update for June.');
    expect(newParts).toEqual([
      { text: 'The ', changed: false },
      { text: 'big ', changed: true },
      { text: 'monthly update for ', changed: false },
      { text: 'June', changed: true },
      { text: '.', changed: false },
    ]);
    expect(oldParts.filter((p) => p.changed).map((p) => p.text)).toEqual(['May']);
  });

  it('tells frontmatter rows from body rows and numbers the lines', () => {
    const before = '---\ntitle: "Old"\ndraft: false\n---\nIntro\nBody\n';
    const after = '---\ntitle: "New"\ndraft: false\n---\nIntro\nNew paragraph\nBody\n';
    const rows = diffTexts(before, after);
    const changed = rows.filter((r) => r.kind !== 'same');
    expect(changed).toEqual([
      {
        kind: 'changed',
        oldLine: 2,
        newLine: 2,
        old: [{ text: 'title: "', changed: false }, { text: 'Old', changed: true }, { text: '"', changed: false }],
        new: [{ text: 'title: "', changed: false }, { text: 'New', changed: true }, { text: '"', changed: false }],
        section: 'frontmatter',
      },
      { kind: 'added', newLine: 6, new: [{ text: 'New paragraph', changed: true }], section: 'body' },
    ]);
    expect(collapseUnchanged(rows, 1).map((r) => r.kind)).toEqual(['same', 'changed', 'same', 'skipped', 'same', 'added', 'same']);
  });

  it('shows a new file as all added and a deleted one as all removed', () => {
    expect(diffTexts('', 'a\nb\n').map((r) => r.kind)).toEqual(['added', 'added']);
    expect(diffTexts('a\nb\n', '').map((r) => r.kind)).toEqual(['removed', 'removed']);
  });
});

describe('diffFile', () => {
  it('gives the committed and the working version of an edited, a new and a deleted post', async () => {
    const repo = makeSiteRepo();
    const [a, b] = firstPosts(repo, 2);
    edit(postPath(repo, a!), /Dear Magento community,/, 'Dear Magento friends,');
    const edited = await diffFile(repo, `${POST_DIR}/${a}`);
    expect(edited.headText).toBe(git(repo, 'show', `HEAD:${POST_DIR}/${a}`));
    expect(edited.workingText).toBe(fs.readFileSync(postPath(repo, a!), 'utf8'));
    expect(edited.rows.filter((r) => r.kind !== 'same')).toHaveLength(1);
    expect(edited.rows.find((r) => r.kind === 'changed')?.new?.filter((p) => p.changed).map((p) => p.text)).toEqual(['friends']);
    expect([edited.added, edited.removed]).toEqual([1, 1]);

    fs.writeFileSync(postPath(repo, 'new.md'), '---\ntitle: New\n---\n');
    const created = await diffFile(repo, postPath(repo, 'new.md'));
    expect(created).toMatchObject({ headText: '', existsInHead: false, existsOnDisk: true, added: 3, removed: 0 });

    fs.rmSync(postPath(repo, b!));
    const deleted = await diffFile(repo, `${POST_DIR}/${b}`);
    expect(deleted).toMatchObject({ workingText: '', existsInHead: true, existsOnDisk: false, added: 0 });
    expect(deleted.removed).toBeGreaterThan(3);
  });

  it('reads the old name of a renamed post, and flags images as binary', async () => {
    const repo = makeSiteRepo();
    const [a] = firstPosts(repo, 1);
    git(repo, 'mv', `${POST_DIR}/${a}`, `${POST_DIR}/renamed.md`);
    const renamed = await diffFile(repo, `${POST_DIR}/renamed.md`, { from: `${POST_DIR}/${a}` });
    expect(renamed.rows.every((r) => r.kind === 'same')).toBe(true);
    const image = git(repo, 'ls-files', 'src/assets/images').split('\n').find((f) => /\.(png|jpe?g|webp)$/.test(f))!;
    expect((await diffFile(repo, image)).binary).toBe(true);
  });
});
