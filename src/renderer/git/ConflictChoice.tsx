import { useId } from 'react';
import type { ConflictPieceData, PieceChoiceData } from '../../api/contract/merge-schemas';
import { DiffView } from './DiffView';
import { editStart, optionsFor, pickLabel, sideText } from './merge-choices';

interface ConflictChoiceProps {
  piece: ConflictPieceData;
  choice: PieceChoiceData | undefined;
  onChoose(choice: PieceChoiceData): void;
}

/** One field or block both sides changed: what each did (word by word), and the writer's pick. */
export function ConflictChoice({ piece, choice, onChoose }: ConflictChoiceProps) {
  const name = useId();
  const groupLabel = piece.section === 'fields' ? `Field: ${piece.label}` : `Text: ${piece.label}`;
  return (
    <fieldset className="pd-conflict-piece">
      <legend>{groupLabel}</legend>
      <div className="pd-conflict-pair">
        <div>
          <h5>Mine</h5>
          {piece.mine ? <DiffView rows={piece.mineRows} label={`What I changed in ${piece.label}`} /> : <p className="pd-muted">{sideText(piece.mine, piece.section)}</p>}
        </div>
        <div>
          <h5>Theirs</h5>
          {piece.theirs ? (
            <DiffView rows={piece.theirsRows} label={`What they changed in ${piece.label}`} />
          ) : (
            <p className="pd-muted">{sideText(piece.theirs, piece.section)}</p>
          )}
        </div>
      </div>
      <div role="radiogroup" aria-label={groupLabel} className="pd-conflict-options">
        {optionsFor(piece).map((pick) => (
          <label key={pick}>
            <input
              type="radio"
              name={name}
              checked={choice?.pick === pick}
              onChange={() => onChoose(pick === 'edit' ? { pick, text: editStart(piece, choice) } : { pick })}
            />
            {pickLabel[pick]}
          </label>
        ))}
      </div>
      {choice?.pick === 'edit' && (
        <textarea
          className="pd-conflict-edit"
          aria-label={`Edit ${piece.label}`}
          rows={Math.min(12, Math.max(2, choice.text.split('\n').length + 1))}
          value={choice.text}
          onChange={(e) => onChoose({ pick: 'edit', text: e.target.value })}
        />
      )}
    </fieldset>
  );
}
