import { mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExternalChangeTracker } from './external-change-tracker';
import { openDocument } from './open-document';
import { resolveConflict, saveDocument } from './save-document';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'postdesk-save-'));
  file = join(dir, 'post.md');
  writeFileSync(file, '---\ntitle: "A"\n---\nBody\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saving over a file that changed on disk', () => {
  it('an unchanged save writes identical bytes', async () => {
    const doc = await openDocument(file);
    const before = readFileSync(file);
    expect(await saveDocument(file, doc.text, doc.hash)).toEqual({ ok: true, hash: doc.hash });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('never writes over a file git left conflict markers in, even when told to overwrite', async () => {
    const doc = await openDocument(file);
    const marked = '---\n<<<<<<< HEAD\ntitle: "Theirs"\n=======\ntitle: "Mine"\n>>>>>>> Writer\n---\nBody\n';
    writeFileSync(file, marked);
    const disk = await openDocument(file);
    for (const hash of [doc.hash, disk.hash]) {
      expect(await saveDocument(file, doc.text.replace('Body', 'Mine'), hash)).toMatchObject({ ok: false, reason: 'error', code: 'MERGE_CONFLICT' });
      expect(readFileSync(file, 'utf8')).toBe(marked);
    }
  });

  it('a concurrent external edit is detected and nothing is overwritten', async () => {
    const doc = await openDocument(file);
    writeFileSync(file, '---\ntitle: "Theirs"\n---\nBody\n');
    const result = await saveDocument(file, doc.text.replace('Body', 'Mine'), doc.hash);
    expect(result).toMatchObject({ ok: false, reason: 'conflict', diskText: '---\ntitle: "Theirs"\n---\nBody\n' });
    expect(readFileSync(file, 'utf8')).toContain('Theirs');
  });

  it('keep mine / take theirs / compare', async () => {
    const doc = await openDocument(file);
    writeFileSync(file, 'theirs\n');
    const mine = doc.text.replace('Body', 'Mine');
    const result = await saveDocument(file, mine, doc.hash);
    if (result.ok || result.reason !== 'conflict') throw new Error('expected a conflict');

    const compared = await resolveConflict(file, 'compare', mine, result);
    expect(compared).toMatchObject({ choice: 'compare', mine, theirs: 'theirs\n' });
    const taken = await resolveConflict(file, 'take-theirs', mine, result);
    expect(taken).toMatchObject({ choice: 'take-theirs', text: 'theirs\n', hash: result.diskHash });
    const kept = await resolveConflict(file, 'keep-mine', mine, result);
    expect(kept).toMatchObject({ choice: 'keep-mine', result: { ok: true } });
    expect(readFileSync(file, 'utf8')).toBe(mine);
  });

  it('a file deleted since it was opened is a conflict too', async () => {
    const doc = await openDocument(file);
    unlinkSync(file);
    expect(await saveDocument(file, doc.text, doc.hash)).toMatchObject({ ok: false, reason: 'conflict', diskText: null });
  });
});

describe('external changes to open files', () => {
  it('an unmodified buffer reloads silently, a modified one gets a conflict, our own save is no change', async () => {
    const tracker = createExternalChangeTracker();
    const doc = await openDocument(file);
    tracker.track(file, doc.hash);

    writeFileSync(file, 'pulled\n');
    const reloaded = await tracker.fileChanged(file);
    expect(reloaded).toMatchObject({ kind: 'reloaded', document: { text: 'pulled\n' } });

    tracker.setModified(file, true);
    writeFileSync(file, 'edited elsewhere\n');
    expect(await tracker.fileChanged(file)).toMatchObject({ kind: 'conflict', diskText: 'edited elsewhere\n' });
    // Until the writer chooses, saving is refused: the tracker still holds the loaded hash.
    expect(await saveDocument(file, 'mine', tracker.hashOf(file)!)).toMatchObject({ reason: 'conflict' });

    const saved = await saveDocument(file, 'mine', (await openDocument(file)).hash);
    if (!saved.ok) throw new Error(saved.message);
    tracker.track(file, saved.hash, false);
    expect(await tracker.fileChanged(file)).toEqual({ kind: 'unchanged', path: file });
    expect(await tracker.fileChanged(join(dir, 'other.md'))).toMatchObject({ kind: 'ignored' });
    unlinkSync(file);
    expect(await tracker.fileChanged(file)).toMatchObject({ kind: 'deleted' });
  });
});
