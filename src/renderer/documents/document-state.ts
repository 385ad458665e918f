import type { DocumentData } from '../../api/contract/doc-schemas';
import type { Diagnostic } from '../../core/diagnostics';

/** One open post in a tab. `text` is the buffer; `savedText` what the file held at `hash`. */
export interface OpenDocument {
  file: string;
  collection: string | null;
  text: string;
  savedText: string;
  hash: string | null;
  bodyStartLine: number;
  values: Record<string, unknown>;
  rawValues: Record<string, string>;
  /** The frontmatter cannot be read as fields: the form is unavailable and the post shows as Source. */
  unreadable?: { line: number; column: number; message: string };
  /** The editor shows the whole file (Source view) instead of the body beside the form. */
  source: boolean;
  /** Changes when the form must drop what it shows and read the values again (an edit was refused). */
  formRevision: number;
  /** How values were written, for the form to tell (a date that changed its form). */
  notes: { field: string; message: string }[];
  /** Form edits and saves queued and not applied yet: the form shows more than `text` holds. */
  pending: number;
  readOnly: boolean;
  readOnlyReason?: string;
  diagnostics: Diagnostic[];
  /** The file changed on disk while this buffer had unsaved changes. */
  conflict?: { diskText: string; diskHash: string | null };
  /** Set when the buffer was restored from the draft journal after a crash. */
  restoredAt?: string;
  /** The editor holds edits not reported yet (typing has not paused): `text` is behind them. */
  editing?: boolean;
  saving: boolean;
  saveError?: string;
  /** The draft journal could not keep the unsaved text. */
  draftError?: string;
  lastSavedAt?: number;
}

const dirtiness = new WeakMap<OpenDocument, boolean>();

/**
 * Whether the buffer differs from the file, or may (edits not reported yet); remembered per
 * document state (several views ask on every change, and comparing 1 MB texts is not free).
 */
export function isDirty(doc: OpenDocument): boolean {
  let dirty = dirtiness.get(doc);
  if (dirty === undefined) {
    dirty = !!doc.editing || doc.pending > 0 || doc.text !== doc.savedText;
    dirtiness.set(doc, dirty);
  }
  return dirty;
}

export function fromDocumentData(data: DocumentData): OpenDocument {
  return {
    file: data.file,
    collection: data.collection,
    text: data.text,
    savedText: data.text,
    hash: data.hash,
    bodyStartLine: data.bodyStartLine,
    values: data.values,
    rawValues: data.rawValues,
    unreadable: data.unreadable,
    source: !!data.unreadable,
    formRevision: 0,
    notes: [],
    pending: 0,
    readOnly: data.readOnly,
    readOnlyReason: data.readOnlyReason,
    diagnostics: data.diagnostics as Diagnostic[],
    saving: false,
  };
}

export function countBySeverity(diagnostics: Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
