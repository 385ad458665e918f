/**
 * The merge of one file as a list of pieces: text both sides agree on (or that merged), and
 * conflicts the writer decides. Piece texts use '\n'; the file's line ending, byte order mark
 * and final line break are put back when the plan is rendered.
 */

export type PieceSection = 'fields' | 'text';

export interface ConflictPiece {
  kind: 'conflict';
  /** Stable for the same three versions: 'field:title', 'text:0'… */
  id: string;
  section: PieceSection;
  /** What the writer reads: the field's key, or the first words of the block. */
  label: string;
  /** Each side's lines (line breaks included); null where that side has no such field or block. */
  base: string | null;
  mine: string | null;
  theirs: string | null;
  /** Blocks can take both sides (mine, then theirs); fields cannot. */
  canJoin: boolean;
}

export type Piece = { kind: 'text'; section: PieceSection; text: string } | ConflictPiece;

export interface MergeNotes {
  /** Fields whose change came from each side (both sides' changes to different fields). */
  fieldsFromMine: string[];
  fieldsFromTheirs: string[];
  /** List fields (tags) that kept the items both sides added. */
  listsJoined: string[];
  textFromMine: boolean;
  textFromTheirs: boolean;
}

export interface MergePlan {
  pieces: Piece[];
  bom: string;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
  notes: MergeNotes;
}

export type PieceChoice = { pick: 'mine' | 'theirs' | 'both' } | { pick: 'edit'; text: string };

export type PieceChoices = Record<string, PieceChoice>;

export function conflictsOf(plan: MergePlan): ConflictPiece[] {
  return plan.pieces.filter((p): p is ConflictPiece => p.kind === 'conflict');
}

const toLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/**
 * Mine then theirs. Lines both have at the start and end (the rest of the paragraph the
 * conflict was widened to) are kept once; two whole blocks get a blank line between them so
 * they stay two blocks.
 */
export function joinBlocks(mine: string, theirs: string): string {
  if (!mine) return theirs;
  if (!theirs) return mine;
  const a = toLines(mine);
  const b = toLines(theirs);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const mineOnly = a.slice(head, a.length - tail);
  const theirsOnly = b.slice(head, b.length - tail);
  const wholeBlocks = head === 0 && tail === 0;
  const apart = wholeBlocks && mineOnly.length > 0 && theirsOnly.length > 0 && mineOnly[mineOnly.length - 1]!.trim() !== '' && theirsOnly[0]!.trim() !== '';
  const lines = [...a.slice(0, head), ...mineOnly, ...(apart ? [''] : []), ...theirsOnly, ...a.slice(a.length - tail)];
  return `${lines.join('\n')}\n`;
}

function asLines(text: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  return lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
}

export function chosenText(piece: ConflictPiece, choice: PieceChoice): string {
  switch (choice.pick) {
    case 'mine':
      return piece.mine ?? '';
    case 'theirs':
      return piece.theirs ?? '';
    case 'both':
      if (!piece.canJoin) throw new Error(`"${piece.label}" is a field: choose one side or edit it.`);
      return joinBlocks(piece.mine ?? '', piece.theirs ?? '');
    case 'edit':
      return asLines(choice.text);
  }
}

export interface RenderedPlan {
  text: string;
  /** Conflicts without a choice; the text holds nothing for them. */
  undecided: string[];
}

/** The file's text for the given choices, in the file's own line ending. */
export function renderPlan(plan: MergePlan, choices: PieceChoices = {}): RenderedPlan {
  const undecided: string[] = [];
  let text = '';
  for (const piece of plan.pieces) {
    if (piece.kind === 'text') {
      text += piece.text;
      continue;
    }
    const choice = choices[piece.id];
    if (!choice) undecided.push(piece.id);
    else text += chosenText(piece, choice);
  }
  if (!plan.finalNewline && text.endsWith('\n')) text = text.slice(0, -1);
  if (plan.eol === '\r\n') text = text.replace(/\r?\n/g, '\r\n');
  return { text: plan.bom + text, undecided };
}
