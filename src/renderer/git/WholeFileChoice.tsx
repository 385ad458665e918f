import { useId, useState } from 'react';
import type { FileConflictData } from '../../api/contract/merge-schemas';

type WholeFileResolution = { kind: 'side'; side: 'mine' | 'theirs' } | { kind: 'disk' };

interface WholeFileChoiceProps {
  file: FileConflictData;
  busy: boolean;
  onChoose(resolution: WholeFileResolution): void;
}

function describeSide(side: FileConflictData['mine']): string | null {
  if (!side.exists) return null;
  if (side.binary) return '(not text: an image or another binary file)';
  return side.text ?? '(too large to show)';
}

/** A file that cannot be merged piece by piece: keep one whole version (or the deletion). */
export function WholeFileChoice({ file, busy, onChoose }: WholeFileChoiceProps) {
  const name = useId();
  const [choice, setChoice] = useState<'mine' | 'theirs' | 'disk' | null>(null);
  const canKeepDisk = file.disk.exists && !file.disk.hasMarkers;
  const options: { value: 'mine' | 'theirs' | 'disk'; label: string }[] = [
    { value: 'mine', label: file.mine.exists ? 'Mine' : 'Mine (delete the file)' },
    { value: 'theirs', label: file.theirs.exists ? 'Theirs' : 'Theirs (delete the file)' },
    ...(canKeepDisk ? [{ value: 'disk' as const, label: 'As it is on disk' }] : []),
  ];
  return (
    <>
      <p>{file.wholeFileReason}</p>
      <div className="pd-conflict-pair">
        {(['mine', 'theirs'] as const).map((side) => (
          <div key={side}>
            <h5>{side === 'mine' ? 'Mine' : 'Theirs'}</h5>
            {describeSide(file[side]) === null ? <p className="pd-muted">(deleted)</p> : <pre>{describeSide(file[side])}</pre>}
          </div>
        ))}
      </div>
      <div role="radiogroup" aria-label={`Version of ${file.path}`} className="pd-conflict-options">
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} checked={choice === o.value} onChange={() => setChoice(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      <button
        type="button"
        className="pd-primary"
        disabled={busy || choice === null}
        onClick={() => choice && onChoose(choice === 'disk' ? { kind: 'disk' } : { kind: 'side', side: choice })}
      >
        Use this version
      </button>
    </>
  );
}
