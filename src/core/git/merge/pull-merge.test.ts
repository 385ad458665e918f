import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRepoState } from '../repo-state';
import { abortRebase, pull, push } from '../sync';
import { isolateGitConfig, removeTempDirs, snapshot } from '../test-repo';
import { continueOperation, resolveFile } from './resolve';
import { POST_FILE, commitPost, expectSettled, git, operationOf, pushFrom, readPost, replaceOnce, twoWriters, writePost } from './two-writers';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

const TITLE = 'title: "Mirror 2.4.5 release and many contributions"\n';
const DATE = 'publishDate: "2022-08-15T00:00:00.000Z"\n';

/** Acceptance: a bare remote, two clones, one fixture post; the co-writer pushes first, then this writer pulls. */
describe('pull merges posts field by field and block by block', () => {
  it('different keys on adjacent lines (the co-writer scenario): both kept, each line as its side wrote it', async () => {
    const { mine, theirs, bare } = twoWriters();
    const base = readPost(mine);
    commitPost(theirs, (t) => replaceOnce(t, TITLE, "title: 'Mirror 2.4.5 is out'\n") + '\nThanks for reading, see you next month.\n', 'Co-writer: title and closing');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(replaceOnce(t, DATE, 'publishDate: "2022-08-16T09:30:00.000Z"\n'), '## Technical topics', '## Technical news'), 'Writer: date and heading');

    const result = await pull(mine);
    expect(result.status).toBe('updated');
    if (result.status !== 'updated') return;
    expect(result.merged).toEqual([{ path: POST_FILE, summary: 'kept your publishDate and their title; text changes from both sides' }]);
    const expected =
      replaceOnce(replaceOnce(replaceOnce(base, TITLE, "title: 'Mirror 2.4.5 is out'\n"), DATE, 'publishDate: "2022-08-16T09:30:00.000Z"\n'), '## Technical topics', '## Technical news') +
      '\nThanks for reading, see you next month.\n';
    expect(readPost(mine)).toBe(expected);
    expectSettled(mine);
    expect(git(mine, 'log', '--format=%s', '-3')).toBe('Writer: date and heading\nCo-writer: title and closing\nInitial content\n');
    expect(result.state.ahead).toBe(1);
    expect((await push(mine)).status).toBe('pushed');
    expect(git(bare, 'show', `main:${POST_FILE}`)).toBe(expected);
  });

  it('same key, same value: one line, whether written alike or quoted differently', async () => {
    for (const myCategory of ['category: "Events"\n', 'category: Events\n']) {
      const { mine, theirs } = twoWriters();
      commitPost(theirs, (t) => replaceOnce(replaceOnce(t, TITLE, 'title: "Their title"\n'), 'category: "Releases"\n', 'category: "Events"\n'), 'Co-writer');
      pushFrom(theirs);
      commitPost(mine, (t) => replaceOnce(replaceOnce(t, DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'category: "Releases"\n', myCategory), 'Writer');
      const result = await pull(mine);
      // Git alone stops here (the changed lines touch); the structured merge does not.
      expect(result).toMatchObject({ status: 'updated', merged: [{ path: POST_FILE }] });
      const text = readPost(mine);
      expect(text.match(/^category:.*$/gm)).toEqual([myCategory.trim()]);
      expect(text).toContain('title: "Their title"\npublishDate: "2022-08-16T00:00:00.000Z"\n');
      expectSettled(mine);
    }
  });

  it('same key, different values: the field is shown, the rest merged; resolving later keeps the repository mid-pull until continue', async () => {
    const { mine, theirs } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(replaceOnce(t, TITLE, 'title: "My title"\n'), DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Writer');

    const result = await pull(mine);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    const [file] = result.conflicts.files;
    expect(file).toMatchObject({ path: POST_FILE, kind: 'post', wholeFileReason: null });
    expect(file!.conflicts).toEqual([
      expect.objectContaining({ id: 'field:title', section: 'fields', mine: 'title: "My title"\n', theirs: 'title: "Their title"\n', base: TITLE }),
    ]);
    // The writer chose "resolve later": still mid-pull, the post marked as conflicted.
    expect(operationOf(mine)).toBe('rebase-merge');
    expect((await readRepoState(mine)).files).toContainEqual(expect.objectContaining({ path: POST_FILE, status: 'conflicted' }));

    const left = await resolveFile(mine, POST_FILE, file!.planId, { kind: 'pieces', choices: { 'field:title': { pick: 'theirs' } } });
    expect(left.files).toEqual([]);
    const done = await continueOperation(mine);
    expect(done.status).toBe('done');
    expect(readPost(mine)).toContain('title: "Their title"\npublishDate: "2022-08-16T00:00:00.000Z"\n');
    expectSettled(mine);
    expect(git(mine, 'log', '--format=%s', '-2')).toBe('Writer\nCo-writer\n');
  });

  it('same key, different values: abort puts everything back as it was before the pull', async () => {
    const { mine, theirs } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, TITLE, 'title: "My title"\n'), 'Writer');
    const before = snapshot(mine);
    expect((await pull(mine)).status).toBe('conflict');
    await abortRebase(mine);
    expect(snapshot(mine)).toEqual(before);
    expectSettled(mine);
  });

  it('body edits in neighbouring paragraphs and on adjacent lines merge', async () => {
    const { mine, theirs } = twoWriters();
    const base = readPost(mine);
    const edits = {
      mine: [['Finally, Damien Retzinger', 'At last, Damien Retzinger'], ['The new versioning scheme', 'The revised versioning scheme']],
      theirs: [['Daniel Sloof created', 'Daniel Sloof also created'], ['We expect the nightly builds to be available soon.', 'The nightly builds are available now.']],
    };
    const apply = (text: string, list: string[][]) => list.reduce((t, [from, to]) => replaceOnce(t, from!, to!), text);
    commitPost(theirs, (t) => apply(t, edits.theirs), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => apply(t, edits.mine), 'Writer');
    const result = await pull(mine);
    expect(result).toMatchObject({ status: 'updated', merged: [{ path: POST_FILE, summary: 'text changes from both sides' }] });
    expect(readPost(mine)).toBe(apply(apply(base, edits.mine), edits.theirs));
    expectSettled(mine);
  });

  it('one side deletes a paragraph the other edits: shown, with the deletion on one side and the edit on the other', async () => {
    const { mine, theirs } = twoWriters();
    const paragraph = 'It has been very valuable to interact in this way.\n\n';
    commitPost(theirs, (t) => replaceOnce(t, 'It has been very valuable', 'It has been extremely valuable'), 'Co-writer edits');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(replaceOnce(t, paragraph, ''), DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Writer deletes');
    const result = await pull(mine);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    const file = result.conflicts.files[0]!;
    expect(file.conflicts).toHaveLength(1);
    const block = file.conflicts[0]!;
    expect(block).toMatchObject({ section: 'text', canJoin: true });
    expect(block.theirs).toContain('It has been extremely valuable to interact in this way.');
    expect(block.mine ?? '').not.toContain('valuable');
    expect(block.base).toContain('It has been very valuable');

    await resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: { [block.id]: { pick: 'theirs' } } });
    expect((await continueOperation(mine)).status).toBe('done');
    const text = readPost(mine);
    expect(text).toContain('It has been extremely valuable to interact in this way.\n\nCurrently, this is the best way');
    expect(text).toContain('publishDate: "2022-08-16T00:00:00.000Z"');
    expectSettled(mine);
  });

  it('both add a tag to the same list: both tags kept', async () => {
    const { mine, theirs } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, '  - "Updates"\n', '  - "Updates"\n  - "Releases"\n'), 'Co-writer tags');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, '  - "Updates"\n', '  - "Updates"\n  - "Community"\n'), 'Writer tags');
    const result = await pull(mine);
    expect(result).toMatchObject({ status: 'updated', merged: [{ path: POST_FILE, summary: 'kept tags from both sides' }] });
    expect(readPost(mine)).toContain('tags:\n  - "Updates"\n  - "Community"\n  - "Releases"\n---\n');
    expectSettled(mine);
  });

  it('CRLF files merge and stay CRLF', async () => {
    const { mine, theirs } = twoWriters((repo) => writePost(repo, readPost(repo).replace(/\n/g, '\r\n')));
    commitPost(theirs, (t) => replaceOnce(t, 'title: "Mirror 2.4.5 release and many contributions"\r\n', 'title: "Their title"\r\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(replaceOnce(t, 'publishDate: "2022-08-15T00:00:00.000Z"\r\n', 'publishDate: "2022-08-16T00:00:00.000Z"\r\n'), '## Technical topics\r\n', '## Technical news\r\n'), 'Writer');
    const result = await pull(mine);
    expect(result).toMatchObject({ status: 'updated', merged: [{ path: POST_FILE }] });
    const text = readPost(mine);
    expect(text).toContain('title: "Their title"\r\npublishDate: "2022-08-16T00:00:00.000Z"\r\n');
    expect(text).toContain('## Technical news\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expectSettled(mine);
  });

  it('a file renamed on one side and edited on the other: the edit lands in the renamed file', async () => {
    const renamed = POST_FILE.replace('mirror-2-4-5-release', 'mirror-release');
    for (const renamer of ['mine', 'theirs'] as const) {
      const repos = twoWriters();
      const editor = renamer === 'mine' ? repos.theirs : repos.mine;
      const mover = repos[renamer];
      const moveAndEdit = () => {
        git(mover, 'mv', POST_FILE, renamed);
        commitPost(mover, (t) => replaceOnce(t, DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Rename and redate', renamed);
      };
      const edit = () => commitPost(editor, (t) => replaceOnce(t, TITLE, 'title: "Renamed elsewhere"\n'), 'Retitle');
      if (renamer === 'theirs') {
        moveAndEdit();
        pushFrom(mover);
        edit();
      } else {
        edit();
        pushFrom(editor);
        moveAndEdit();
      }
      const result = await pull(repos.mine);
      expect(result).toMatchObject({ status: 'updated', merged: [{ path: renamed }] });
      expect(readPost(repos.mine, renamed)).toContain('title: "Renamed elsewhere"\npublishDate: "2022-08-16T00:00:00.000Z"\n');
      expect(git(repos.mine, 'ls-files', '--', POST_FILE)).toBe('');
      expectSettled(repos.mine);
    }
  });
});
