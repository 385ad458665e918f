import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentData, SaveResult } from '../../api/contract/doc-schemas';
import { DocumentStore } from './document-store';
import { isDirty } from './document-state';

const FILE = 'src/data/post/a.md';
const TEXT = '---\ntitle: A\n---\nBody\n';

function data(text: string, hash: string): DocumentData {
  return { file: FILE, collection: 'post', text, hash, readOnly: false, bodyStartLine: 4, values: {}, rawValues: {}, diagnostics: [] };
}

/** A backend with one file on disk that the test can change behind the store's back. */
function fakeBackend() {
  const disk = { text: TEXT, hash: 'h1' };
  const call = vi.fn(async (name: string, input: Record<string, unknown>): Promise<unknown> => {
    switch (name) {
      case 'doc.open':
        return data(disk.text, disk.hash);
      case 'doc.save': {
        if (input.baseHash !== disk.hash && !input.overwrite) return { status: 'conflict', diskText: disk.text, diskHash: disk.hash } satisfies SaveResult;
        disk.text = input.text as string;
        disk.hash = `h${Number(disk.hash.slice(1)) + 1}`;
        return { status: 'saved', hash: disk.hash, diagnostics: [] } satisfies SaveResult;
      }
      default:
        return name === 'file.validate' ? [] : {};
    }
  });
  return { disk, client: { call: call as never }, call };
}

afterEach(() => vi.useRealTimers());

/** The writer has unsaved text when another program changes the file on disk. */
async function unsavedWordsMeetTheirs() {
  const { disk, client } = fakeBackend();
  const store = new DocumentStore(client, () => {});
  await store.open(FILE);
  store.editBody(FILE, 'My words\n');
  disk.text = '---\ntitle: A\n---\nTheir words\n';
  disk.hash = 'h5';
  await store.changedOnDisk(FILE, 'h5');
  return { disk, store };
}

describe('open posts and their unsaved text', () => {
  it('hands the editor back the body it typed', async () => {
    const { client } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    expect(store.bodyOf(store.get(FILE)!)).toBe('Body\n');
    const typed = 'Typed body\n';
    store.editBody(FILE, typed);
    expect(store.bodyOf(store.get(FILE)!)).toBe(typed);
    store.dispose();
  });

  it('typing in the body marks the post unsaved; saving writes exactly the buffer', async () => {
    const { disk, client } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    store.editBody(FILE, 'Body\nMore\n');
    expect(isDirty(store.get(FILE)!)).toBe(true);
    expect(await store.save(FILE)).toBe('saved');
    expect(disk.text).toBe('---\ntitle: A\n---\nBody\nMore\n');
    expect(isDirty(store.get(FILE)!)).toBe(false);
    store.dispose();
  });

  it('a file changed on disk reloads silently when the buffer is clean', async () => {
    const { disk, client } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    disk.text = '---\ntitle: B\n---\nBody\n';
    disk.hash = 'h9';
    await store.changedOnDisk(FILE, 'h9');
    expect(store.get(FILE)!.text).toBe(disk.text);
    expect(store.get(FILE)!.conflict).toBeUndefined();
    store.dispose();
  });

  it('never overwrites a changed file silently: the writer chooses, and "keep mine" wins only when asked', async () => {
    const { disk, store } = await unsavedWordsMeetTheirs();
    expect(store.get(FILE)!.conflict?.diskText).toContain('Their words');
    expect(store.get(FILE)!.text).toContain('My words');
    expect(await store.save(FILE)).toBe('conflict');
    expect(disk.text).toContain('Their words');
    await store.resolveConflict(FILE, 'mine');
    expect(disk.text).toContain('My words');
    expect(store.get(FILE)!.conflict).toBeUndefined();
    store.dispose();
  });

  it('"take theirs" replaces the buffer with the file on disk', async () => {
    const { disk, store } = await unsavedWordsMeetTheirs();
    await store.resolveConflict(FILE, 'theirs');
    expect(store.get(FILE)!.text).toBe(disk.text);
    expect(isDirty(store.get(FILE)!)).toBe(false);
    store.dispose();
  });

  it('keeps the unsaved buffer in the draft journal shortly after typing stops', async () => {
    vi.useFakeTimers();
    const { client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    store.editBody(FILE, 'Draft text\n');
    await vi.advanceTimersByTimeAsync(1000);
    expect(call).toHaveBeenCalledWith('doc.keepDraft', { file: FILE, text: '---\ntitle: A\n---\nDraft text\n', baseHash: 'h1' });
    store.dispose();
  });

  it('a post being typed in is unsaved at once; validation and drafts wait for the pause', async () => {
    vi.useFakeTimers();
    const { client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    let typed = 'Body\nA long burst';
    store.markEdited(FILE, () => typed);
    expect(isDirty(store.get(FILE)!)).toBe(true);
    // Typing goes on: nothing is validated or journaled while it does.
    await vi.advanceTimersByTimeAsync(5000);
    typed += ' of words';
    expect(call).not.toHaveBeenCalledWith('file.validate', expect.anything());
    expect(call).not.toHaveBeenCalledWith('doc.keepDraft', expect.anything());
    // Typing pauses: the editor reports its text, and both follow it.
    store.editBody(FILE, typed);
    expect(store.get(FILE)!.editing).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(call).toHaveBeenCalledWith('file.validate', { file: FILE, text: `---\ntitle: A\n---\n${typed}` });
    expect(call).toHaveBeenCalledWith('doc.keepDraft', { file: FILE, text: `---\ntitle: A\n---\n${typed}`, baseHash: 'h1' });
    store.dispose();
  });

  it('a writer who types on without a pause still has a draft at most 10 s old, read from the editor', async () => {
    vi.useFakeTimers();
    const { client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    let typed = 'Body\n';
    store.markEdited(FILE, () => typed);
    const drafts = () => call.mock.calls.filter(([name]) => name === 'doc.keepDraft').map(([, input]) => (input as { text: string }).text);
    for (let second = 1; second <= 25; second++) {
      typed += `word ${second} `;
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(drafts()).toEqual([`---\ntitle: A\n---\n${'Body\n'}${Array.from({ length: 10 }, (_, i) => `word ${i + 1} `).join('')}`, expect.stringContaining('word 20 ')]);
    expect(drafts()[1]).not.toContain('word 21 ');
    store.dispose();
  });

  it('a save while typing writes what the writer sees, edits not reported yet included', async () => {
    const { disk, client } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    store.markEdited(FILE, () => 'Body\nJust typed\n');
    expect(await store.save(FILE)).toBe('saved');
    expect(disk.text).toBe('---\ntitle: A\n---\nBody\nJust typed\n');
    // The report that follows leaves the post clean: it is what was saved.
    store.editBody(FILE, 'Body\nJust typed\n');
    expect(isDirty(store.get(FILE)!)).toBe(false);
    store.dispose();
  });

  it('an edit the editor has not reported yet is never reloaded over when the file changes on disk', async () => {
    const { disk, client } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    store.markEdited(FILE, () => 'Body\nNot reported yet\n');
    disk.text = '---\ntitle: B\n---\nBody\n';
    disk.hash = 'h9';
    await store.changedOnDisk(FILE, 'h9');
    expect(store.get(FILE)!.conflict?.diskText).toBe(disk.text);
    expect(store.get(FILE)!.text).toBe(TEXT);
    store.dispose();
  });

  it('a form edit keeps body text typed while the edit was on its way', async () => {
    const { client, call } = fakeBackend();
    call.mockImplementation(async (name: string, input: Record<string, unknown>) => {
      if (name === 'doc.open') return data(TEXT, 'h1');
      if (name === 'doc.setField') {
        return { text: (input.text as string).replace('title: A', 'title: New'), values: { title: 'New' }, rawValues: {}, bodyStartLine: 4 };
      }
      return [];
    });
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    const pending = store.setField(FILE, 'title', 'New');
    store.editBody(FILE, 'Typed meanwhile\n');
    await pending;
    expect(store.get(FILE)!.text).toBe('---\ntitle: New\n---\nTyped meanwhile\n');
    store.dispose();
  });
});
