import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../site/load-site';
import { pull } from '../sync';
import { isolateGitConfig, removeTempDirs } from '../test-repo';
import { checkResult } from './result-check';
import { continueOperation, previewResolution, readConflicts, resolveFile } from './resolve';
import { POST_FILE, commitPost, expectSettled, filesWithMarkers, git, operationOf, pushFrom, readPost, replaceOnce, twoWriters } from './two-writers';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

const TITLE = 'title: "Mirror 2.4.5 release and many contributions"\n';
const DATE = 'publishDate: "2022-08-15T00:00:00.000Z"\n';
const CLOSING = 'For those who simply wish to keep up, start by following the discord #tech channel.';

/** The co-writer and this writer both change the title and the same paragraph; git pull stops. */
function sameFieldAndBlock() {
  const repos = twoWriters();
  commitPost(repos.theirs, (t) => replaceOnce(replaceOnce(t, TITLE, 'title: "Their title"\n'), CLOSING, 'Come and say hello on Discord.'), 'Co-writer');
  pushFrom(repos.theirs);
  commitPost(repos.mine, (t) => replaceOnce(replaceOnce(t, TITLE, 'title: "My title"\n'), CLOSING, 'Everyone is welcome in our chat.'), 'Writer');
  return repos;
}

describe('resolving in the app', () => {
  it('"theirs" for the title and "both" for the block: previewed, checked, written, continued', async () => {
    const { mine } = sameFieldAndBlock();
    const result = await pull(mine);
    if (result.status !== 'conflict') throw new Error(`expected a conflict, got ${result.status}`);
    const file = result.conflicts.files[0]!;
    expect(file.conflicts.map((c) => [c.id, c.canJoin])).toEqual([
      ['field:title', false],
      ['text:0', true],
    ]);
    const choices = { 'field:title': { pick: 'theirs' as const }, 'text:0': { pick: 'both' as const } };
    const partial = await previewResolution(mine, POST_FILE, file.planId, { 'field:title': { pick: 'theirs' } });
    expect(partial.undecided).toEqual(['text:0']);
    await expect(resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: { 'field:title': { pick: 'theirs' } } })).rejects.toThrow(/every conflict/);
    await expect(resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: { ...choices, 'field:title': { pick: 'both' } } })).rejects.toThrow(/is a field/);

    const preview = await previewResolution(mine, POST_FILE, file.planId, choices);
    expect(preview.undecided).toEqual([]);
    expect(preview.check.problems).toEqual([]);
    expect(preview.text).toContain('title: "Their title"\n');
    expect(preview.text).toContain('Everyone is welcome in our chat.\n\nCome and say hello on Discord.\n');
    // Nothing is written by a preview.
    expect(filesWithMarkers(mine)).toEqual([POST_FILE]);

    await resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices });
    expect(readPost(mine)).toBe(preview.text);
    expect((await continueOperation(mine)).status).toBe('done');
    expectSettled(mine);
    expect(git(mine, 'show', `HEAD:${POST_FILE}`)).toBe(preview.text);
  });

  it('an edit is checked before it is written: markers are refused, broken fields need a confirmation', async () => {
    const { mine } = sameFieldAndBlock();
    const result = await pull(mine);
    if (result.status !== 'conflict') throw new Error('expected a conflict');
    const file = result.conflicts.files[0]!;
    const withMarkers = { 'field:title': { pick: 'mine' as const }, 'text:0': { pick: 'edit' as const, text: '<<<<<<< mine\na\n=======\nb\n>>>>>>> theirs\n' } };
    expect((await previewResolution(mine, POST_FILE, file.planId, withMarkers)).check.problems).toHaveLength(1);
    await expect(resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: withMarkers })).rejects.toThrow(/conflict markers/);

    const brokenYaml = { 'field:title': { pick: 'edit' as const, text: 'title: "unterminated' }, 'text:0': { pick: 'mine' as const } };
    const preview = await previewResolution(mine, POST_FILE, file.planId, brokenYaml);
    expect(preview.check.newErrors.map((d) => d.rule)).toEqual(['yaml-syntax']);
    await expect(resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: brokenYaml })).rejects.toThrow(/neither version had/);
    expect(operationOf(mine)).toBe('rebase-merge');

    const good = { 'field:title': { pick: 'edit' as const, text: 'title: Our title' }, 'text:0': { pick: 'mine' as const } };
    await resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: good });
    expect((await continueOperation(mine)).status).toBe('done');
    expect(readPost(mine)).toContain('title: Our title\npublishDate');
    expectSettled(mine);
  });

  it('the site validator stops a merged post that gains an error neither side had', async () => {
    const { mine } = twoWriters();
    const site = await loadSite(mine);
    try {
      const validate = (file: string, text: string) => site.validateFile(file, text);
      const text = readPost(mine);
      const broken = replaceOnce(text, DATE, 'publishDate: "not a date"\n');
      const check = await checkResult(POST_FILE, broken, [text, text], validate);
      expect(check.newErrors.map((d) => d.field)).toContain('publishDate');
      expect((await checkResult(POST_FILE, broken, [broken, text], validate)).newErrors).toEqual([]);
    } finally {
      site.dispose();
    }
  });

  it('a rebase found in progress (git pull in a terminal) is shown, nothing written until the writer acts', async () => {
    const { mine, theirs } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Writer');
    expect(() => git(mine, 'pull', '-q', '--rebase')).toThrow();
    const onDisk = readPost(mine);

    const state = await readConflicts(mine);
    expect(state.operation).toBe('rebase');
    const file = state.files[0]!;
    // It merges without a question, but the writer may have been resolving it by hand: ask first.
    expect(file).toMatchObject({ path: POST_FILE, conflicts: [], disk: { exists: true, hasMarkers: true }, check: { problems: [], newErrors: [] } });
    expect(readPost(mine)).toBe(onDisk);
    const stopped = await continueOperation(mine);
    expect(stopped.status).toBe('stopped');
    expect(readPost(mine)).toBe(onDisk);

    await resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: {} });
    expect((await continueOperation(mine)).status).toBe('done');
    expect(readPost(mine)).toContain('title: "Their title"\npublishDate: "2022-08-16T00:00:00.000Z"\n');
    expectSettled(mine);
  });

  it('a merge found in progress: mine is the local side; the file resolved by hand can be kept as it is', async () => {
    const { mine, theirs } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, TITLE, 'title: "My title"\n'), 'Writer');
    expect(() => git(mine, 'pull', '-q', '--no-rebase')).toThrow();
    const state = await readConflicts(mine);
    expect(state.operation).toBe('merge');
    const file = state.files[0]!;
    expect(file.conflicts[0]).toMatchObject({ mine: 'title: "My title"\n', theirs: 'title: "Their title"\n' });
    await expect(resolveFile(mine, POST_FILE, file.planId, { kind: 'disk' })).rejects.toThrow(/conflict markers/);

    fs.writeFileSync(path.join(mine, POST_FILE), readPost(theirs).replace('title: "Their title"', 'title: "Resolved by hand"'));
    await resolveFile(mine, POST_FILE, file.planId, { kind: 'disk' });
    expect((await continueOperation(mine)).status).toBe('done');
    expect(git(mine, 'log', '-1', '--format=%P').trim().split(' ')).toHaveLength(2);
    expect(readPost(mine)).toContain('title: "Resolved by hand"');
    expectSettled(mine);
  });

  it('a file that is not a post, and a post deleted on one side, are resolved as whole files', async () => {
    const { mine, theirs } = twoWriters();
    const redirects = 'public/_redirects';
    const other = 'src/data/post/2021-09-14-the-future-of-magento.md';
    fs.appendFileSync(path.join(theirs, redirects), '/theirs /updates 301\n');
    commitPost(theirs, (t) => replaceOnce(t, 'Dear Magento community,\n', 'Dear community,\n'), 'Co-writer', other);
    git(theirs, 'commit', '-q', '-am', 'Co-writer redirect');
    pushFrom(theirs);
    fs.appendFileSync(path.join(mine, redirects), '/mine /updates 301\n');
    git(mine, 'rm', '-q', '--', other);
    git(mine, 'commit', '-q', '-am', 'Writer redirect and deletion');

    const result = await pull(mine);
    if (result.status !== 'conflict') throw new Error('expected a conflict');
    const byPath = new Map(result.conflicts.files.map((f) => [f.path, f]));
    expect(byPath.get(redirects)).toMatchObject({ kind: 'file', wholeFileReason: expect.stringMatching(/not a post/) });
    expect(byPath.get(redirects)!.mine.text).toContain('/mine /updates 301');
    expect(byPath.get(other)).toMatchObject({ kind: 'post', mine: { exists: false }, theirs: { exists: true }, wholeFileReason: expect.stringMatching(/You deleted/) });

    await resolveFile(mine, redirects, byPath.get(redirects)!.planId, { kind: 'side', side: 'theirs' });
    const left = await resolveFile(mine, other, byPath.get(other)!.planId, { kind: 'side', side: 'mine' });
    expect(left.files).toEqual([]);
    expect((await continueOperation(mine)).status).toBe('done');
    expect(fs.readFileSync(path.join(mine, redirects), 'utf8')).toContain('/theirs /updates 301');
    expect(fs.existsSync(path.join(mine, other))).toBe(false);
    expectSettled(mine);
  });

  it('several local commits: each stop is merged in turn', async () => {
    const { mine, theirs } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Writer 1');
    commitPost(mine, (t) => replaceOnce(t, 'publishDate: "2022-08-16T00:00:00.000Z"\n', 'publishDate: "2022-08-17T00:00:00.000Z"\n'), 'Writer 2');
    const result = await pull(mine);
    expect(result).toMatchObject({ status: 'updated', merged: [{ path: POST_FILE }, { path: POST_FILE }] });
    expect(readPost(mine)).toContain('title: "Their title"\npublishDate: "2022-08-17T00:00:00.000Z"\n');
    expect(git(mine, 'log', '--format=%s', '-3')).toBe('Writer 2\nWriter 1\nCo-writer\n');
    expectSettled(mine);
  });

  it('a resolution for other versions than those shown is refused', async () => {
    const { mine } = sameFieldAndBlock();
    const result = await pull(mine);
    if (result.status !== 'conflict') throw new Error('expected a conflict');
    await expect(resolveFile(mine, POST_FILE, 'not-the-plan', { kind: 'pieces', choices: {} })).rejects.toThrow(/changed since/);
    await expect(resolveFile(mine, 'src/data/post/2021-09-14-the-future-of-magento.md', 'x', { kind: 'side', side: 'mine' })).rejects.toThrow(/not in conflict/);
  });
});
