import type { OpenDocument } from '../documents/document-state';
import { countBySeverity, isDirty } from '../documents/document-state';

interface StatusBarProps {
  doc: OpenDocument;
  words: number;
  minutes: number;
}

function saveState(doc: OpenDocument): string {
  if (doc.readOnly) return 'Read-only';
  if (doc.saving) return 'Saving…';
  if (doc.saveError) return 'Not saved';
  if (isDirty(doc)) return doc.restoredAt ? 'Restored, not saved' : 'Unsaved changes';
  return doc.lastSavedAt ? 'Saved' : 'No changes';
}

export function StatusBar({ doc, words, minutes }: StatusBarProps) {
  const { errors, warnings } = countBySeverity(doc.diagnostics);
  return (
    <footer className="pd-status" aria-label="Status">
      <span data-testid="save-state" role="status">
        {saveState(doc)}
      </span>
      <span>
        {errors} errors · {warnings} warnings
      </span>
      <span className="pd-spacer" />
      <span>{words.toLocaleString()} words</span>
      <span>{minutes} min read</span>
      <span className="pd-muted" title={doc.file}>
        {doc.file}
      </span>
    </footer>
  );
}
