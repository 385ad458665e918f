import type { Draft } from '../../api/contract/doc-schemas';
import type { Diagnostic } from '../../core/diagnostics';
import type { ApiClient } from '../client/api-client';
import { bodyStartLineOf, splitAtBody } from './body-range';
import { createDebouncer } from './debouncer';
import { fromDocumentData, isDirty, type OpenDocument } from './document-state';

export interface DocumentStoreSnapshot {
  docs: OpenDocument[];
  active: string | null;
}

const VALIDATE_DELAY_MS = 300;
const DRAFT_DELAY_MS = 400;
/**
 * A writer who types for minutes without a pause still has a draft at most this old. Not
 * less: each draft copies the whole post to the host (a millisecond or two per MB on the
 * page, then a write and fsync on disk), which typing in a large post would share the
 * machine with.
 */
const DRAFT_MAX_WAIT_MS = 10_000;

/**
 * The open posts, their buffers and what happens as the writer types: validation and the
 * draft journal follow on a debounce so typing never waits for either.
 */
export class DocumentStore {
  private snapshot: DocumentStoreSnapshot = { docs: [], active: null };
  private readonly listeners = new Set<() => void>();
  private readonly validateLater = createDebouncer(VALIDATE_DELAY_MS);
  private readonly draftLater = createDebouncer(DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS);
  /** Per file: the text made by the last editBody, its head, and the very body string the editor gave. */
  private readonly editorBodies = new Map<string, { text: string; head: string; body: string }>();
  /** Per file: reads the body from the editor while it holds edits not reported yet. */
  private readonly unreportedBodies = new Map<string, () => string>();

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

  /** `editing` follows unreportedBodies here, whatever the change: one place keeps them in step. */
  private patch(file: string, change: (doc: OpenDocument) => OpenDocument): void {
    const editing = this.unreportedBodies.has(file) || undefined;
    this.publish(this.snapshot.docs.map((d) => (d.file === file ? { ...change(d), editing } : d)));
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

  close(file: string): void {
    this.editorBodies.delete(file);
    this.unreportedBodies.delete(file);
    this.validateLater.cancel(file);
    this.draftLater.cancel(file);
    const docs = this.snapshot.docs.filter((d) => d.file !== file);
    const active = this.snapshot.active === file ? (docs[docs.length - 1]?.file ?? null) : this.snapshot.active;
    this.publish(docs, active);
  }

  /**
   * The writer is typing: the editor holds edits it will report once typing pauses. The post
   * counts as unsaved from now on; validation waits for the pause; the draft journal waits
   * too, but no longer than DRAFT_MAX_WAIT_MS, reading the body from `currentBody`.
   */
  markEdited(file: string, currentBody: () => string): void {
    const doc = this.get(file);
    if (!doc || doc.readOnly) return;
    this.unreportedBodies.set(file, currentBody);
    if (!doc.editing) this.patch(file, (d) => d);
    this.validateLater.cancel(file);
    this.draftLater.defer(file, () => void this.keepDraft(file));
  }

  editBody(file: string, body: string): void {
    const doc = this.get(file);
    if (!doc || doc.readOnly) return;
    this.unreportedBodies.delete(file);
    const head = this.headOf(doc);
    const text = head + body;
    this.setText(file, text, doc.bodyStartLine);
    this.editorBodies.set(file, { text, head, body });
  }

  /** While typing, the head is the one of the last report: no need to scan 1 MB for it again. */
  private headOf(doc: OpenDocument): string {
    const last = this.editorBodies.get(doc.file);
    return last && last.text === doc.text ? last.head : splitAtBody(doc.text, doc.bodyStartLine).head;
  }

  /** The whole text as the writer sees it, with edits the editor has not reported yet. */
  private currentText(doc: OpenDocument): string {
    const body = this.unreportedBodies.get(doc.file)?.();
    return body === undefined ? doc.text : this.headOf(doc) + body;
  }

  /**
   * The body of `doc`. After an editBody it is the same string object the editor reported,
   * so the editor recognises its own text by identity: comparing a fresh 1 MB slice with it
   * would cost milliseconds on every report while typing.
   */
  bodyOf(doc: OpenDocument): string {
    const last = this.editorBodies.get(doc.file);
    if (last && last.text === doc.text) return last.body;
    return splitAtBody(doc.text, doc.bodyStartLine).body;
  }

  async setField(file: string, field: string, value: unknown): Promise<void> {
    const doc = this.get(file);
    if (!doc || doc.readOnly) return;
    const sent = doc.text;
    const result = await this.client.call('doc.setField', { file, text: sent, field, value });
    const current = this.get(file);
    if (!current) return;
    // The writer may have typed in the body meanwhile: keep the new head, keep their body.
    const { head } = splitAtBody(result.text, result.bodyStartLine);
    const { body } = splitAtBody(current.text, current.bodyStartLine);
    this.patch(file, (d) => ({ ...d, values: result.values, rawValues: result.rawValues, bodyStartLine: result.bodyStartLine }));
    this.setText(file, head + body);
  }

  /** `bodyStartLine`: when the caller knows it (the head did not change). */
  private setText(file: string, text: string, bodyStartLine = bodyStartLineOf(text)): void {
    this.patch(file, (d) => ({ ...d, text, bodyStartLine, saveError: undefined }));
    this.validateLater.schedule(file, () => void this.validate(file));
    this.draftLater.schedule(file, () => void this.keepDraft(file));
  }

  async validate(file: string): Promise<void> {
    const doc = this.get(file);
    if (!doc) return;
    const text = doc.text;
    try {
      const diagnostics = (await this.client.call('file.validate', { file, text })) as Diagnostic[];
      if (this.get(file)?.text === text) this.patch(file, (d) => ({ ...d, diagnostics }));
    } catch {
      // Validation is advisory while typing; a failure must not disturb the writer.
    }
  }

  private async keepDraft(file: string): Promise<void> {
    const doc = this.get(file);
    if (!doc || !isDirty(doc)) return;
    // Still typing: what follows is due in the next draft, DRAFT_MAX_WAIT_MS from now.
    if (this.unreportedBodies.has(file)) this.draftLater.defer(file, () => void this.keepDraft(file));
    try {
      await this.client.call('doc.keepDraft', { file, text: this.currentText(doc), baseHash: doc.hash });
    } catch (error) {
      this.onError(`Your unsaved text could not be kept safe: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Saves; on an external change the document enters the conflict state instead. */
  async save(file: string, overwrite = false): Promise<'saved' | 'conflict' | 'failed' | 'skipped'> {
    const doc = this.get(file);
    if (!doc || doc.readOnly || doc.saving) return 'skipped';
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
      this.patch(file, (d) => ({
        ...d,
        saving: false,
        savedText: text,
        hash: result.hash,
        diagnostics: d.text === text ? (result.diagnostics as Diagnostic[]) : d.diagnostics,
        conflict: undefined,
        restoredAt: undefined,
        lastSavedAt: Date.now(),
      }));
      return 'saved';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.patch(file, (d) => ({ ...d, saving: false, saveError: message }));
      return 'failed';
    }
  }

  /** Keep mine: write the buffer over the changed file. Take theirs: load the disk version. */
  async resolveConflict(file: string, choice: 'mine' | 'theirs'): Promise<void> {
    const doc = this.get(file);
    if (!doc?.conflict) return;
    if (choice === 'mine') {
      await this.save(file, true);
      return;
    }
    await this.reload(file);
    await this.client.call('doc.discardDraft', { file }).catch(() => {});
  }

  async reload(file: string): Promise<void> {
    const data = await this.client.call('doc.open', { file });
    this.patch(file, () => fromDocumentData(data));
  }

  /** The file changed on disk: reload a clean buffer silently, never touch a modified one. */
  async changedOnDisk(file: string, hash: string | null): Promise<void> {
    const doc = this.get(file);
    if (!doc || doc.hash === hash || doc.saving) return;
    if (!isDirty(doc)) {
      if (hash === null) return this.patch(file, (d) => ({ ...d, conflict: { diskText: '', diskHash: null } }));
      return this.reload(file);
    }
    try {
      const disk = await this.client.call('doc.open', { file });
      this.patch(file, (d) => ({ ...d, conflict: { diskText: disk.text, diskHash: disk.hash } }));
    } catch {
      this.patch(file, (d) => ({ ...d, conflict: { diskText: '', diskHash: null } }));
    }
  }

  /** After a crash: reopen each post with the text the journal kept, marked as restored. */
  async restore(drafts: Draft[]): Promise<void> {
    for (const draft of drafts) {
      try {
        const data = await this.client.call('doc.open', { file: draft.file });
        const doc = fromDocumentData(data);
        const restored: OpenDocument = { ...doc, restoredAt: draft.savedAt };
        this.adopt(restored);
        if (draft.text !== data.text) this.setText(draft.file, draft.text);
      } catch (error) {
        this.onError(`A restored draft of ${draft.file} could not be opened: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  dispose(): void {
    this.validateLater.dispose();
    this.draftLater.dispose();
    this.listeners.clear();
  }
}
