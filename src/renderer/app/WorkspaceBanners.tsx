import { useState } from 'react';
import type { Notice } from './use-notice';

interface WorkspaceBannersProps {
  notice: Notice | null;
  onDismissNotice(): void;
  /** Posts reopened from the drafts journal, with unsaved changes from before a crash. */
  restored: string[];
  titleOf(file: string): string;
}

/** The banners under the toolbar: the current notice, and what was restored after a crash. */
export function WorkspaceBanners({ notice, onDismissNotice, restored, titleOf }: WorkspaceBannersProps) {
  const [restoredNoticeShown, setRestoredNoticeShown] = useState(true);
  return (
    <>
      {notice && (
        <div className={`pd-banner pd-banner-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Dismiss" onClick={onDismissNotice}>
            ×
          </button>
        </div>
      )}
      {restored.length > 0 && restoredNoticeShown && (
        <div className="pd-banner pd-banner-info" role="status">
          <span>
            Restored unsaved changes to {restored.length === 1 ? titleOf(restored[0]!) : `${restored.length} posts`} from before Postdesk
            closed. Review and save them, or discard them in their tab.
          </span>
          <button type="button" aria-label="Dismiss restored notice" onClick={() => setRestoredNoticeShown(false)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
