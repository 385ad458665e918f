import type { ConflictPieceData, FileConflictData, PieceChoiceData } from '../../api/contract/merge-schemas';

export type Choices = Record<string, PieceChoiceData>;

/** What the writer can pick for one conflict: blocks can keep both sides, fields cannot. */
export function optionsFor(piece: ConflictPieceData): PieceChoiceData['pick'][] {
  return piece.canJoin ? ['mine', 'theirs', 'both', 'edit'] : ['mine', 'theirs', 'edit'];
}

export const pickLabel: Record<PieceChoiceData['pick'], string> = { mine: 'Mine', theirs: 'Theirs', both: 'Both', edit: 'Edit' };

/** The text an "Edit" starts from: the version the writer had picked, else theirs, else mine. */
export function editStart(piece: ConflictPieceData, current: PieceChoiceData | undefined): string {
  if (current?.pick === 'edit') return current.text;
  if (current?.pick === 'mine') return piece.mine ?? '';
  if (current?.pick === 'both') return [piece.mine, piece.theirs].filter(Boolean).join('\n');
  return piece.theirs ?? piece.mine ?? '';
}

export function undecided(file: FileConflictData, choices: Choices): string[] {
  return file.conflicts.filter((c) => !choices[c.id]).map((c) => c.id);
}

/** How a side of a piece reads when it has no text: the field or block is not there. */
export function sideText(text: string | null, section: ConflictPieceData['section']): string {
  if (text === null || text === '') return section === 'fields' ? '(field removed)' : '(block removed)';
  return text;
}

/** The operation in the writer's words, and who "theirs" is. */
export function describeOperation(operation: string | null): { title: string; theirs: string } {
  if (operation === 'rebase') return { title: 'The pull stopped: your changes and the remote’s meet here.', theirs: 'the remote’s version (your co-writer’s)' };
  if (operation === 'merge') return { title: 'A merge is in progress.', theirs: 'the version of the branch being merged' };
  if (operation === 'cherry-pick') return { title: 'A cherry-pick is in progress.', theirs: 'the version of the commit being applied' };
  if (operation === 'revert') return { title: 'A revert is in progress.', theirs: 'the version the revert brings back' };
  return { title: 'Nothing to resolve.', theirs: 'the other version' };
}
