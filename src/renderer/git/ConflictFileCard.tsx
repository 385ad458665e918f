import { useEffect, useState } from 'react';
import type { CallInput } from '../../api/contract/calls';
import type { FileConflictData, ConflictStateData, ResolutionPreviewData } from '../../api/contract/merge-schemas';
import type { ApiClient } from '../client/api-client';
import { ConflictChoice } from './ConflictChoice';
import { undecided, type Choices } from './merge-choices';
import { ProblemText } from './ProblemText';
import { ResolutionPreview } from './ResolutionPreview';
import { WholeFileChoice } from './WholeFileChoice';

interface ConflictFileCardProps {
  client: ApiClient;
  file: FileConflictData;
  title?: string;
  onResolved(state: ConflictStateData): void;
}

const PREVIEW_DELAY_MS = 200;

/** One conflicted file: its conflicts one by one, the result previewed and checked, then written. */
export function ConflictFileCard({ client, file, title, onResolved }: ConflictFileCardProps) {
  const [choices, setChoices] = useState<Choices>({});
  const [preview, setPreview] = useState<ResolutionPreviewData | null>(null);
  const [pending, setPending] = useState(false);
  const [acceptErrors, setAcceptErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const byPieces = file.wholeFileReason === null;

  useEffect(() => {
    if (!byPieces) return;
    let live = true;
    setPending(true);
    const timer = setTimeout(() => {
      client.call('git.previewResolution', { file: file.path, planId: file.planId, choices }).then(
        (next) => {
          if (!live) return;
          setPreview(next);
          setError(null);
          setPending(false);
        },
        (e: unknown) => {
          if (!live) return;
          setError(e);
          setPending(false);
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, file.path, file.planId, choices, byPieces]);

  async function resolve(resolution: CallInput<'git.resolveFile'>['resolution']) {
    setBusy(true);
    setError(null);
    try {
      onResolved(await client.call('git.resolveFile', { file: file.path, planId: file.planId, resolution }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const left = undecided(file, choices).length;
  const check = preview?.check;
  const blocked = left > 0 || pending || !check || check.problems.length > 0 || (check.newErrors.length > 0 && !acceptErrors);
  const heading = title ? `${title} (${file.path})` : file.path;

  return (
    <article className="pd-conflict-file" aria-label={`Conflict in ${file.path}`}>
      <h4>{heading}</h4>
      {file.disk.exists && !file.disk.hasMarkers && <p className="pd-muted">The file on disk has no conflict markers: it may have been resolved in another editor.</p>}
      {byPieces ? (
        <>
          {file.conflicts.length === 0 && <p>This post merges without a question; review the result and use it.</p>}
          {file.conflicts.map((piece) => (
            <ConflictChoice key={piece.id} piece={piece} choice={choices[piece.id]} onChoose={(choice) => setChoices((c) => ({ ...c, [piece.id]: choice }))} />
          ))}
          <h5>Result</h5>
          <ResolutionPreview file={file.path} preview={preview} pending={pending} />
          {check && check.newErrors.length > 0 && (
            <label>
              <input type="checkbox" checked={acceptErrors} onChange={(e) => setAcceptErrors(e.target.checked)} /> Use it despite the errors
            </label>
          )}
          <div className="pd-row">
            <button type="button" className="pd-primary" disabled={blocked || busy} onClick={() => void resolve({ kind: 'pieces', choices, acceptErrors })}>
              {left > 0 ? `Choose ${left} more` : 'Use this version'}
            </button>
            {file.disk.exists && !file.disk.hasMarkers && (
              <button type="button" disabled={busy} onClick={() => void resolve({ kind: 'disk' })}>
                Keep the file as it is on disk
              </button>
            )}
          </div>
        </>
      ) : (
        <WholeFileChoice file={file} busy={busy} onChoose={(resolution) => void resolve(resolution)} />
      )}
      {error !== null && <ProblemText error={error} />}
    </article>
  );
}
