import type { OpenDocument } from '../documents/document-state';

interface DocumentBannersProps {
  doc: OpenDocument;
  onDiscardRestored(): void;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** What the writer must know about this post's text: it is read-only, not saved, not kept, restored, or unreadable as fields. */
export function DocumentBanners({ doc, onDiscardRestored }: DocumentBannersProps) {
  return (
    <>
      {doc.readOnly && (
        <div className="pd-banner pd-banner-warning" role="status">
          <span>Opened read-only: {doc.readOnlyReason ?? 'this file cannot be edited here.'}</span>
        </div>
      )}
      {doc.unreadable && (
        <div className="pd-banner pd-banner-warning" role="alert" aria-label="Frontmatter cannot be read">
          <span>
            The frontmatter of {doc.file} cannot be read (line {doc.unreadable.line}: {doc.unreadable.message.replace(/\.$/, '')}). The post is
            shown as Source: fix it there, and the form comes back.
          </span>
        </div>
      )}
      {doc.saveError && (
        <div className="pd-banner pd-banner-error" role="alert">
          <span>Not saved: {doc.saveError} Your text is still here{doc.draftError ? '.' : ' and kept in the draft journal.'}</span>
        </div>
      )}
      {doc.draftError && !doc.saveError && (
        <div className="pd-banner pd-banner-error" role="alert">
          <span>{doc.draftError}</span>
        </div>
      )}
      {doc.restoredAt && (
        <div className="pd-banner pd-banner-info" role="status" aria-label="Restored changes">
          <span>
            These are unsaved changes to {doc.file} from {when(doc.restoredAt)}, kept by the draft journal when Postdesk closed. Save them to keep
            them, or discard them to get the file as it is on disk.
          </span>
          <button type="button" onClick={onDiscardRestored}>
            Discard restored changes
          </button>
        </div>
      )}
    </>
  );
}
