import type { Description, Draft } from '../../api/contract/doc-schemas';
import type { Diagnostic } from '../../core/diagnostics';
import { joinHeadAndBody, splitFrontmatter } from '../../shared/frontmatter-bounds';
import type { ApiClient } from '../client/api-client';
import { bodyOpensFrontmatter, editorStart } from './body-range';
import { createDebouncer } from './debouncer';
import { fromDocumentData, isDirty, type OpenDocument } from './document-state';
import { SerialQueue } from './serial-queue';

export interface DocumentStoreSnapshot {
  docs: OpenDocument[];
  active: string | null;
}

export type SaveOutcome = 'saved' | 'conflict' | 'failed' | 'skipped';

const VALIDATE_DELAY_MS = 300;
const DRAFT_DELAY_MS = 400;
/**
 * A writer who types for minutes without a pause still has a draft at most this old. Not
 * less: each draft copies the whole post to the host (a millisecond or two per MB on the
 * page, then a write and fsync on disk), which typing in a large post would share the
 * machine with. The first edit after a save or an open is kept at once.
 */
const DRAFT_MAX_WAIT_MS = 10_000;

/** The form's part of a description; a frontmatter that reads again clears `unreadable` (absent from the answer). */
const described = (description: Description) => ({
  values: description.values,
  rawValues: description.rawValues,
  bodyStartLine: description.bodyStartLine,
  unreadable: description.unreadable,
});

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The open posts, their buffers and what happens as the writer types. Everything that
 * reads or changes a post's text on the host (form edits, saves, drafts, reloads) goes
 * through one queue per post, in the order the writer did it: a save starts only after the
 * form edit made before it is in the text, and writes the text shown at that moment.
 * Validation and the draft journal follow on a debounce so typing never waits for either.
 */
export class DocumentStore {
  private snapshot: DocumentStoreSnapshot = { docs: [], active: null };
  private readonly listeners = new Set<() => void>();
  private readonly validateLater = createDebouncer(VALIDATE_DELAY_MS);
  private readonly draftLater = createDebouncer(DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS);
  private readonly queue = new SerialQueue();
  /** Per file: the text made by the last editor report, the part before the editor's, and the very string the editor gave. */
  private readonly editorTexts = new Map<string, { text: string; source: boolean; prefix: string; editorText: string }>();
  /** Per file: reads the editor's text while it holds edits not reported yet, and which view that editor shows. */
  private readonly unreported = new Map<string, { read: () => string; source: boolean }>();
  /** Files with a draft in the journal since their last save or open: later drafts wait for the debounce. */
  private readonly kept = new Set<string>();
  /** Form edits queued per file and not applied yet: the post counts as unsaved while one is on its way. */
  private readonly fieldEdits = new Map<string, { field: string; value: unknown }[]>();

  constructor(
    private readonly client: Pick<ApiClient, 'call'>,
    private readonly onError: (message: string) => void,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DocumentStoreSnapshot => this.snapshot;

  get(file: string): OpenDocument | undefined {
    return this.snapshot.docs.find((d) => d.file === file);
  }

  dirtyFiles(): Set<string> {
    return new Set(this.snapshot.docs.filter(isDirty).map((d) => d.file));
  }

  private publish(docs: OpenDocument[], active: string | null = this.snapshot.active): void {
    this.snapshot = { docs, active };
    for (const listener of this.listeners) listener();
  }

  /** `editing` and `pending` follow the store's own records here, whatever the change: one place keeps them in step. */
  private patch(file: string, change: (doc: OpenDocument) => OpenDocument): void {
    const editing = this.unreported.has(file) || undefined;
    const pending = this.fieldEdits.get(file)?.length ?? 0;
    this.publish(this.snapshot.docs.map((d) => (d.file === file ? { ...change(d), editing, pending } : d)));
  }

  activate(file: string | null): void {
    this.publish(this.snapshot.docs, file);
  }

  async open(file: string): Promise<void> {
    if (this.get(file)) return this.activate(file);
    const data = await this.client.call('doc.open', { file });
    if (this.get(file)) return this.activate(file);
    this.publish([...this.snapshot.docs, fromDocumentData(data)], file);
  }

  /** Opens a document the backend just created (new post) or restored. */
  adopt(doc: OpenDocument): void {
    const others = this.snapshot.docs.filter((d) => d.file !== doc.file);
    this.publish([...others, doc], doc.file);
  }

  /** Resolves once every edit, save and draft queued for the post so far has been applied. */
  settled(file: string): Promise<void> {
    return this.queue.settled(file);
  }

  /** Takes the post out of the tabs as it is (the caller asked the writer first when it was unsaved). */
  close(file: string): void {
    // A clean post may still have a draft from edits the writer took back: it must not come back later.
    if (this.kept.has(file)) void this.queue.run(file, () => this.client.call('doc.discardDraft', { file }).catch(() => undefined));
    this.forget(file);
  }

  /** "Don't save": closes the post and drops its draft from the journal. */
  async discard(file: string): Promise<void> {
    this.validateLater.cancel(file);
    this.draftLater.cancel(file);
    this.forget(file);
    await this.queue.run(file, async () => {
      await this.client.call('doc.discardDraft', { file }).catch(() => undefined);
    });
  }

  private forget(file: string): void {
    this.editorTexts.delete(file);
    this.unreported.delete(file);
    this.kept.delete(file);
    this.validateLater.cancel(file);
    this.draftLater.cancel(file);
    const docs = this.snapshot.docs.filter((d) => d.file !== file);
    const active = this.snapshot.active === file ? (docs[docs.length - 1]?.file ?? null) : this.snapshot.active;
    this.publish(docs, active);
  }

  // The editor's part of the text

  private cached(doc: OpenDocument) {
    const last = this.editorTexts.get(doc.file);
    return last && last.text === doc.text && last.source === doc.source ? last : undefined;
  }

  /** The text before the editor's part in a view: the BOM and, in the Fields view, the frontmatter. */
  private prefixOf(doc: OpenDocument, source = doc.source): string {
    const cached = source === doc.source ? this.cached(doc) : undefined;
    return cached?.prefix ?? doc.text.slice(0, editorStart(doc.text, source));
  }

  /**
   * What the editor shows of `doc`. After an editor report it is the same string object the
   * editor gave, so the editor recognises its own text by identity: comparing a fresh 1 MB
   * slice with it would cost milliseconds on every report while typing.
   */
  editorTextOf(doc: OpenDocument): string {
    return this.cached(doc)?.editorText ?? doc.text.slice(this.prefixOf(doc).length);
  }

  /** The whole text as the writer sees it, with edits the editor has not reported yet. */
  private currentText(doc: OpenDocument): string {
    const editing = this.unreported.get(doc.file);
    return editing === undefined ? doc.text : this.compose(doc, editing.read(), editing.source).text;
  }

  /**
   * The text made of the prefix and the text of an editor showing the `view` (an editor
   * still showing the other view while the tab switches reports in its own terms). A `---`
   * typed atop a post without frontmatter needs the Source view.
   */
  private compose(doc: OpenDocument, editorText: string, view: boolean): { text: string; source: boolean; prefix: string } {
    const prefix = this.prefixOf(doc, view);
    const source = view || bodyOpensFrontmatter(prefix, editorText);
    const text = source ? prefix + editorText : joinHeadAndBody(prefix, editorText);
    return { text, source: doc.source || source, prefix: text.slice(0, text.length - editorText.length) };
  }

  /**
   * The writer is typing: the editor holds edits it will report once typing pauses. The post
   * counts as unsaved from now on; validation waits for the pause; the draft journal keeps
   * the first edit after a save at once, later ones after DRAFT_MAX_WAIT_MS at most.
   */
  markEdited(file: string, currentText: () => string, view?: boolean): void {
    const doc = this.get(file);
    if (!doc || doc.readOnly) return;
    this.unreported.set(file, { read: currentText, source: view ?? doc.source });
    if (!doc.editing) this.patch(file, (d) => d);
    this.validateLater.cancel(file);
    this.keepDraftSoon(file);
  }

  /** The editor showing `view` (default: the tab's) reports its whole text (typing paused, or something needs it now). */
  editText(file: string, editorText: string, view?: boolean): void {
    const doc = this.get(file);
    if (!doc || doc.readOnly) return;
    this.unreported.delete(file);
    const composed = this.compose(doc, editorText, view ?? doc.source);
    if (composed.source === (view ?? doc.source)) this.editorTexts.set(file, { text: composed.text, source: composed.source, prefix: composed.prefix, editorText });
    this.patch(file, (d) => ({ ...d, text: composed.text, source: composed.source, saveError: undefined }));
    this.afterEdit(file);
  }

  private afterEdit(file: string): void {
    this.validateLater.schedule(file, () => void this.validate(file));
    this.keepDraftSoon(file);
  }

  /** One form edit, applied in order with the writer's other edits and saves. */
  setField(file: string, field: string, value: unknown): Promise<void> {
    const doc = this.get(file);
    if (!doc || doc.readOnly || doc.source || doc.unreadable) return Promise.resolve();
    const edit = { field, value };
    this.fieldEdits.set(file, [...(this.fieldEdits.get(file) ?? []), edit]);
    this.patch(file, (d) => d);
    return this.queue.run(file, async () => {
      try {
        await this.applyField(file, field, value);
      } catch (error) {
        this.onError(messageOf(error));
        // The form showed the refused value: it reads the values again.
        this.patch(file, (d) => ({ ...d, formRevision: d.formRevision + 1 }));
      } finally {
        const left = (this.fieldEdits.get(file) ?? []).filter((e) => e !== edit);
        if (left.length) this.fieldEdits.set(file, left);
        else this.fieldEdits.delete(file);
        if (this.get(file)) this.patch(file, (d) => d);
      }
    });
  }

  /**
   * The page is going away: the text of every unsaved post, with the form edits not applied
   * yet, goes to the journal through `send` (a call that outlives the page).
   */
  keepDraftsOnExit(send: (input: { file: string; text: string; baseHash: string | null; edits: { field: string; value: unknown }[] }) => void): void {
    for (const doc of this.snapshot.docs) {
      if (doc.readOnly || !isDirty(doc)) continue;
      send({ file: doc.file, text: this.currentText(doc), baseHash: doc.hash, edits: this.fieldEdits.get(doc.file) ?? [] });
    }
  }

  private async applyField(file: string, field: string, value: unknown): Promise<void> {
    const doc = this.get(file);
    if (!doc) return;
    const text = this.currentText(doc);
    const bounds = splitFrontmatter(text);
    // Only the frontmatter travels when there is one; the body the writer types meanwhile stays theirs.
    const sent = bounds.state === 'closed' ? text.slice(0, bounds.body.start) : text;
    const result = await this.client.call('doc.setField', { file, text: sent, field, value });
    const now = this.get(file);
    if (!now) return;
    const resultBounds = splitFrontmatter(result.text);
    const head = result.text.slice(0, resultBounds.state === 'closed' ? resultBounds.body.start : resultBounds.bom.length);
    const editing = this.unreported.get(file);
    const body = editing && !editing.source ? editing.read() : this.editorTextOf(now);
    const next = joinHeadAndBody(head, body);
    this.editorTexts.set(file, { text: next, source: false, prefix: next.slice(0, next.length - body.length), editorText: body });
    const notes = [...now.notes.filter((n) => n.field !== field), ...result.notes];
    this.patch(file, (d) => ({
      ...d,
      text: next,
      values: result.values,
      rawValues: result.rawValues,
      unreadable: result.unreadable,
      bodyStartLine: splitFrontmatter(next).bodyLine,
      notes,
      saveError: undefined,
    }));
    this.afterEdit(file);
  }

  /** Switches the Source view; back to Fields only when the frontmatter reads as fields. */
  setSource(file: string, source: boolean): Promise<boolean> {
    return this.queue.run(file, async () => {
      const doc = this.get(file);
      if (!doc) return false;
      if (source) {
        this.patch(file, (d) => ({ ...d, source: true }));
        return true;
      }
      const text = this.currentText(doc);
      const description = await this.client.call('doc.describe', { file, text });
      this.applyDescription(file, text, description);
      if (description.unreadable) return false;
      this.patch(file, (d) => ({ ...d, source: false, formRevision: d.formRevision + 1 }));
      return true;
    });
  }

  private applyDescription(file: string, text: string, description: Description): void {
    if (this.get(file)?.text !== text) return;
    this.patch(file, (d) => ({ ...d, ...described(description), source: d.source || !!description.unreadable }));
  }

  async validate(file: string): Promise<void> {
    const doc = this.get(file);
    if (!doc) return;
    const text = doc.text;
    try {
      if (doc.source) this.applyDescription(file, text, await this.client.call('doc.describe', { file, text }));
      const diagnostics = (await this.client.call('file.validate', { file, text })) as Diagnostic[];
      if (this.get(file)?.text === text) this.patch(file, (d) => ({ ...d, diagnostics }));
    } catch {
      // Validation is advisory while typing; a failure must not disturb the writer.
    }
  }

  // The draft journal

  private keepDraftSoon(file: string): void {
    if (!this.kept.has(file)) {
      this.kept.add(file);
      this.draftLater.cancel(file);
      void this.keepDraft(file);
    } else if (this.unreported.has(file)) {
      this.draftLater.defer(file, () => void this.keepDraft(file));
    } else {
      this.draftLater.schedule(file, () => void this.keepDraft(file));
    }
  }

  private keepDraft(file: string): Promise<void> {
    return this.queue.run(file, async () => {
      const doc = this.get(file);
      if (!doc) return;
      if (!isDirty(doc)) {
        // Edits taken back to the saved text: the journal must not offer the older draft later.
        if (this.kept.delete(file)) await this.client.call('doc.discardDraft', { file }).catch(() => undefined);
        return;
      }
      // Still typing: what follows is due in the next draft, DRAFT_MAX_WAIT_MS from now.
      if (this.unreported.has(file)) this.draftLater.defer(file, () => void this.keepDraft(file));
      try {
        await this.client.call('doc.keepDraft', { file, text: this.currentText(doc), baseHash: doc.hash });
        if (this.get(file)?.draftError) this.patch(file, (d) => ({ ...d, draftError: undefined }));
      } catch (error) {
        const first = !this.get(file)?.draftError;
        this.patch(file, (d) => ({ ...d, draftError: messageOf(error) }));
        if (first) this.onError(messageOf(error));
      }
    });
  }

  // Saving and the file on disk

  /** Saves after every edit queued before; on an external change the document enters the conflict state instead. */
  save(file: string, overwrite = false): Promise<SaveOutcome> {
    if (!this.get(file) || this.get(file)!.readOnly) return Promise.resolve('skipped');
    return this.queue.run(file, () => this.saveNow(file, overwrite));
  }

  private async saveNow(file: string, overwrite: boolean): Promise<SaveOutcome> {
    const doc = this.get(file);
    if (!doc || doc.readOnly) return 'skipped';
    // Edits the editor has not reported yet are saved too: the file gets what the writer sees.
    const text = this.currentText(doc);
    this.draftLater.cancel(file);
    this.patch(file, (d) => ({ ...d, saving: true, saveError: undefined }));
    try {
      const result = await this.client.call('doc.save', { file, text, baseHash: doc.hash, overwrite });
      if (result.status === 'conflict') {
        this.patch(file, (d) => ({ ...d, saving: false, conflict: { diskText: result.diskText, diskHash: result.diskHash } }));
        return 'conflict';
      }
      // The host dropped the draft with the save: the next edit is kept at once.
      this.kept.delete(file);
      this.patch(file, (d) => ({
        ...d,
        saving: false,
        savedText: text,
        hash: result.hash,
        diagnostics: d.text === text ? (result.diagnostics as Diagnostic[]) : d.diagnostics,
        conflict: undefined,
        restoredAt: undefined,
        draftError: undefined,
        lastSavedAt: Date.now(),
      }));
      if (this.get(file)?.text !== text) this.keepDraftSoon(file);
      return 'saved';
    } catch (error) {
      this.patch(file, (d) => ({ ...d, saving: false, saveError: messageOf(error) }));
      return 'failed';
    }
  }

  /** Keep mine: write the buffer over the changed file. Take theirs: load the disk version. */
  async resolveConflict(file: string, choice: 'mine' | 'theirs'): Promise<void> {
    if (!this.get(file)?.conflict) return;
    if (choice === 'mine') {
      await this.save(file, true);
      return;
    }
    await this.discardChanges(file);
  }

  /** Drops the unsaved text (and its draft) and shows the file as it is on disk. */
  discardChanges(file: string): Promise<void> {
    this.draftLater.cancel(file);
    this.validateLater.cancel(file);
    return this.queue.run(file, async () => {
      await this.client.call('doc.discardDraft', { file }).catch(() => undefined);
      this.kept.delete(file);
      await this.reloadNow(file);
    });
  }

  private async reloadNow(file: string): Promise<void> {
    const data = await this.client.call('doc.open', { file });
    this.unreported.delete(file);
    this.editorTexts.delete(file);
    this.patch(file, (d) => ({ ...fromDocumentData(data), source: d.source || !!data.unreadable, formRevision: d.formRevision + 1 }));
  }

  /** The file changed on disk: reload a clean buffer silently, never touch a modified one. */
  changedOnDisk(file: string, hash: string | null): Promise<void> {
    return this.queue.run(file, async () => {
      const doc = this.get(file);
      if (!doc || doc.hash === hash) return;
      if (!isDirty(doc)) {
        if (hash === null) return this.patch(file, (d) => ({ ...d, conflict: { diskText: '', diskHash: null } }));
        return this.reloadNow(file);
      }
      try {
        const disk = await this.client.call('doc.open', { file });
        if (disk.hash !== this.get(file)?.hash) this.patch(file, (d) => ({ ...d, conflict: { diskText: disk.text, diskHash: disk.hash } }));
      } catch {
        this.patch(file, (d) => ({ ...d, conflict: { diskText: '', diskHash: null } }));
      }
    });
  }

  /** After a crash or a reload: reopen each post with the text the journal kept, marked as restored. */
  async restore(drafts: Draft[]): Promise<void> {
    for (const draft of drafts) {
      try {
        const data = await this.client.call('doc.open', { file: draft.file });
        const doc = fromDocumentData(data);
        this.adopt({ ...doc, restoredAt: draft.savedAt });
        this.kept.add(draft.file);
        if (draft.text === data.text) continue;
        const description = await this.client.call('doc.describe', { file: draft.file, text: draft.text });
        this.patch(draft.file, (d) => ({ ...d, text: draft.text, ...described(description), source: d.source || !!description.unreadable }));
        this.validateLater.schedule(draft.file, () => void this.validate(draft.file));
      } catch (error) {
        this.onError(`A restored draft of ${draft.file} could not be opened: ${messageOf(error)}`);
      }
    }
  }

  dispose(): void {
    this.validateLater.dispose();
    this.draftLater.dispose();
    this.listeners.clear();
  }
}
