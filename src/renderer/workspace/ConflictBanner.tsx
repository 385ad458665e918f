import { useEffect, useState } from 'react';
import type { DiffRowData } from '../../api/contract/git-schemas';
import type { ApiClient } from '../client/api-client';
import type { OpenDocument } from '../documents/document-state';
import { DiffView } from '../git/DiffView';

interface ConflictBannerProps {
  client: ApiClient;
  doc: OpenDocument;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** The file changed on disk while the writer had unsaved changes: nothing is overwritten silently. */
export function ConflictBanner({ client, doc, onKeepMine, onTakeTheirs }: ConflictBannerProps) {
  const [comparing, setComparing] = useState(false);
  const [rows, setRows] = useState<DiffRowData[] | null>(null);
  const diskText = doc.conflict?.diskText;
  useEffect(() => {
    if (!comparing || diskText === undefined) return;
    client.call('text.diff', { before: diskText, after: doc.text }).then(setRows, () => setRows([]));
  }, [client, comparing, diskText, doc.text]);
  if (!doc.conflict) return null;
  const deleted = doc.conflict.diskHash === null;
  return (
    <div className="pd-banner pd-banner-warning" role="alertdialog" aria-label="File changed on disk">
      <p>
        <strong>{deleted ? 'This file was deleted or moved on disk' : 'This file was changed on disk'}</strong> (by another program or a
        git pull) while you had unsaved changes. Which version do you want?
      </p>
      <div className="pd-row">
        <button type="button" className="pd-primary" onClick={onKeepMine}>
          Keep mine
        </button>
        {!deleted && (
          <button type="button" onClick={onTakeTheirs}>
            Take theirs
          </button>
        )}
        {!deleted && (
          <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
            Compare
          </button>
        )}
      </div>
      {comparing && (
        <>
          <p className="pd-muted">− on disk (theirs) · + yours</p>
          {rows ? <DiffView rows={rows} label="Differences between the file on disk and your version" /> : <p>Comparing…</p>}
        </>
      )}
    </div>
  );
}
