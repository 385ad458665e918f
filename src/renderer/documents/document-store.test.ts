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
      case 'doc.setField': {
        const text = (input.text as string).replace(/title: .*/, `title: ${String(input.value)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { text, values: { title: input.value }, rawValues: {}, bodyStartLine: 4, notes: [] };
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
  store.editText(FILE, 'My words\n');
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
    expect(store.editorTextOf(store.get(FILE)!)).toBe('Body\n');
    const typed = 'Typed body\n';
    store.editText(FILE, typed);
    expect(store.editorTextOf(store.get(FILE)!)).toBe(typed);
    store.dispose();
  });

  it('typing in the body marks the post unsaved; saving writes exactly the buffer', async () => {
    const { disk, client } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    store.editText(FILE, 'Body\nMore\n');
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

  it('keeps the first edit after opening in the draft journal at once, later ones shortly after typing stops', async () => {
    vi.useFakeTimers();
    const { client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    const drafts = () => call.mock.calls.filter(([name]) => name === 'doc.keepDraft').map(([, input]) => (input as { text: string }).text);
    store.editText(FILE, 'Draft text\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(drafts()).toEqual(['---\ntitle: A\n---\nDraft text\n']);
    store.editText(FILE, 'Draft text, more\n');
    await vi.advanceTimersByTimeAsync(100);
    expect(drafts()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(drafts()).toEqual(['---\ntitle: A\n---\nDraft text\n', '---\ntitle: A\n---\nDraft text, more\n']);
    store.dispose();
  });

  it('keeps the first edit after a save at once again', async () => {
    vi.useFakeTimers();
    const { client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    store.editText(FILE, 'One\n');
    await vi.advanceTimersByTimeAsync(1000);
    await store.save(FILE);
    call.mockClear();
    store.markEdited(FILE, () => 'One, two\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(call).toHaveBeenCalledWith('doc.keepDraft', { file: FILE, text: '---\ntitle: A\n---\nOne, two\n', baseHash: 'h2' });
    store.dispose();
  });

  it('tells the writer when the journal cannot keep their text, and does not call it kept', async () => {
    const { client, call } = fakeBackend();
    const errors: string[] = [];
    call.mockImplementation(async (name: string) => {
      if (name === 'doc.open') return data(TEXT, 'h1');
      if (name === 'doc.keepDraft') throw new Error('Your unsaved changes could not be kept in the draft journal (the disk is full).');
      return [];
    });
    const store = new DocumentStore(client, (message) => errors.push(message));
    await store.open(FILE);
    store.editText(FILE, 'Unsaved\n');
    await store.settled(FILE);
    expect(errors).toEqual([expect.stringContaining('the disk is full')]);
    expect(store.get(FILE)!.draftError).toContain('the disk is full');
    store.dispose();
  });

  it('a post being typed in is unsaved at once; validation waits for the pause', async () => {
    vi.useFakeTimers();
    const { client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    let typed = 'Body\nA long burst';
    store.markEdited(FILE, () => typed);
    expect(isDirty(store.get(FILE)!)).toBe(true);
    // Typing goes on: nothing is validated while it does; the journal has the first edit.
    await vi.advanceTimersByTimeAsync(5000);
    typed += ' of words';
    expect(call).not.toHaveBeenCalledWith('file.validate', expect.anything());
    expect(call).toHaveBeenCalledWith('doc.keepDraft', { file: FILE, text: '---\ntitle: A\n---\nBody\nA long burst', baseHash: 'h1' });
    // Typing pauses: the editor reports its text, and both follow it.
    store.editText(FILE, typed);
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
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word ${i + 1} `).join('');
    // The first edit is kept at once (with what the editor holds when the write starts), then every 10 s.
    expect(drafts()).toEqual([`---\ntitle: A\n---\nBody\n${words(1)}`, `---\ntitle: A\n---\nBody\n${words(10)}`, expect.stringContaining('word 20 ')]);
    expect(drafts()[2]).not.toContain('word 21 ');
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
    store.editText(FILE, 'Body\nJust typed\n');
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
    const { client } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    const pending = store.setField(FILE, 'title', 'New');
    store.editText(FILE, 'Typed meanwhile\n');
    await pending;
    expect(store.get(FILE)!.text).toBe('---\ntitle: New\n---\nTyped meanwhile\n');
    store.dispose();
  });

  it('a save right after a form edit waits for it and writes it (the form and the file agree)', async () => {
    const { disk, client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    void store.setField(FILE, 'title', 'Just typed');
    expect(isDirty(store.get(FILE)!)).toBe(true);
    expect(await store.save(FILE)).toBe('saved');
    expect(disk.text).toBe('---\ntitle: Just typed\n---\nBody\n');
    expect(isDirty(store.get(FILE)!)).toBe(false);
    // Only the frontmatter travelled with the edit.
    expect(call).toHaveBeenCalledWith('doc.setField', { file: FILE, text: '---\ntitle: A\n---\n', field: 'title', value: 'Just typed' });
    store.dispose();
  });

  it('a refused form edit is reported and makes the form read the values again', async () => {
    const { client, call } = fakeBackend();
    const errors: string[] = [];
    const store = new DocumentStore(client, (message) => errors.push(message));
    await store.open(FILE);
    call.mockImplementationOnce(async () => {
      throw new Error('Could not write "title" without changing other fields; the file was left as it was.');
    });
    const revision = store.get(FILE)!.formRevision;
    await store.setField(FILE, 'title', 'Bad');
    expect(errors).toEqual([expect.stringContaining('Could not write "title"')]);
    expect(store.get(FILE)!.formRevision).toBe(revision + 1);
    expect(isDirty(store.get(FILE)!)).toBe(false);
    store.dispose();
  });

  it('"Don\'t save" drops the post and its draft; closing a post whose edits were taken back drops the old draft too', async () => {
    const { client, call } = fakeBackend();
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    store.editText(FILE, 'Unsaved\n');
    await store.discard(FILE);
    expect(store.get(FILE)).toBeUndefined();
    expect(call).toHaveBeenCalledWith('doc.discardDraft', { file: FILE });
    call.mockClear();
    await store.open(FILE);
    store.editText(FILE, 'Typed, then undone\n');
    store.editText(FILE, 'Body\n');
    expect(isDirty(store.get(FILE)!)).toBe(false);
    store.close(FILE);
    await store.settled(FILE);
    expect(call).toHaveBeenCalledWith('doc.discardDraft', { file: FILE });
    store.dispose();
  });

  it('a --- typed atop a post without frontmatter turns the tab to the Source view, the text unchanged', async () => {
    const { client, call } = fakeBackend();
    call.mockImplementation(async (name: string) => (name === 'doc.open' ? { ...data('Plain body\n', 'h1'), bodyStartLine: 1 } : []));
    const store = new DocumentStore(client, () => {});
    await store.open(FILE);
    expect(store.get(FILE)!.source).toBe(false);
    store.editText(FILE, '---\ntitle: x\n---\nPlain body\n');
    expect(store.get(FILE)).toMatchObject({ source: true, text: '---\ntitle: x\n---\nPlain body\n' });
    expect(store.editorTextOf(store.get(FILE)!)).toBe('---\ntitle: x\n---\nPlain body\n');
    store.dispose();
  });
});
