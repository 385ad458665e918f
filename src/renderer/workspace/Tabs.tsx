import type { OpenDocument } from '../documents/document-state';
import { isDirty } from '../documents/document-state';

interface TabsProps {
  docs: OpenDocument[];
  active: string | null;
  titleOf(file: string): string;
  onActivate(file: string): void;
  onClose(file: string): void;
}

/**
 * The open posts: a tablist that holds only its tabs (as ARIA requires), and beside it the
 * close buttons, a group of their own. Both lists are laid out on one grid row, each close
 * button in the column after its tab, so they read as one strip. A tab's width does not
 * change with its state, so no × moves under the pointer while it is clicked.
 */
export function Tabs({ docs, active, titleOf, onActivate, onClose }: TabsProps) {
  if (docs.length === 0) return null;
  const titled = docs.map((doc) => ({ doc, title: titleOf(doc.file), activeTab: doc.file === active }));
  return (
    <div className="pd-tabs">
      <div className="pd-tab-list" role="tablist" aria-label="Open posts">
        {titled.map(({ doc, title, activeTab }, i) => (
          <button
            key={doc.file}
            type="button"
            role="tab"
            aria-selected={activeTab}
            className="pd-tab-label"
            data-active={activeTab}
            style={{ gridColumn: 2 * i + 1 }}
            title={doc.file}
            onClick={() => onActivate(doc.file)}
          >
            <span className="pd-tab-title">{title}</span>
            {/* Always laid out (hidden when clean): the dot appearing as a field commits on
                the mousedown of a click on × must not move the × before the mouseup. */}
            <span className="pd-dirty-dot" data-dirty={isDirty(doc)} {...(isDirty(doc) ? { 'aria-label': 'unsaved changes' } : { 'aria-hidden': true })}>
              ●
            </span>
          </button>
        ))}
      </div>
      <div className="pd-tab-list" role="group" aria-label="Close open posts">
        {titled.map(({ doc, title, activeTab }, i) => (
          <button
            key={doc.file}
            type="button"
            className="pd-tab-close"
            data-active={activeTab}
            style={{ gridColumn: 2 * i + 2 }}
            aria-label={`Close ${title}`}
            title={`Close ${doc.file}`}
            onClick={() => onClose(doc.file)}
          >
            ×
          </button>
        ))}
      </div>
    </div>
  );
}
