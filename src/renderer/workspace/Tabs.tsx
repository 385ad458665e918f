import type { OpenDocument } from '../documents/document-state';
import { isDirty } from '../documents/document-state';

interface TabsProps {
  docs: OpenDocument[];
  active: string | null;
  titleOf(file: string): string;
  onActivate(file: string): void;
  onClose(file: string): void;
}

export function Tabs({ docs, active, titleOf, onActivate, onClose }: TabsProps) {
  if (docs.length === 0) return null;
  return (
    <div className="pd-tabs" role="tablist" aria-label="Open posts">
      {docs.map((doc) => {
        const dirty = isDirty(doc);
        const title = titleOf(doc.file);
        return (
          <div key={doc.file} className="pd-tab" data-active={doc.file === active}>
            <button
              type="button"
              role="tab"
              aria-selected={doc.file === active}
              className="pd-tab-label"
              title={doc.file}
              onClick={() => onActivate(doc.file)}
            >
              {title}
              {dirty && (
                <span className="pd-dirty-dot" aria-label="unsaved changes">
                  {' '}●
                </span>
              )}
            </button>
            <button type="button" className="pd-tab-close" aria-label={`Close ${title}`} onClick={() => onClose(doc.file)}>
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
