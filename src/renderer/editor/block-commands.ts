import type { ChangeSpec, EditorState, Line, StateCommand, Transaction } from '@codemirror/state';

/** Leading blanks go with the marker: an indented heading is either the same heading or code. */
const HEADING = /^(\s*)(#{1,6})(?:[ \t]+|$)/;
const BULLET = /^(\s*)([-*+])(?:[ \t]+|$)/;
const ORDERED = /^(\s*)(\d{1,9})([.)])(?:[ \t]+|$)/;

/**
 * The lines the command applies to: every line touched by a selection range, except a last
 * line that a range only reaches at its very start (selecting whole lines by dragging to the
 * next line's start). Blank lines are skipped unless nothing else is selected, so a list
 * command on a paragraph block does not put markers on the empty lines between paragraphs.
 */
function indentOf(text: string): string {
  return text.slice(0, text.length - text.trimStart().length);
}

function targetLines(state: EditorState): Line[] {
  const seen = new Set<number>();
  const lines: Line[] = [];
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    let last = state.doc.lineAt(range.to).number;
    if (last > first && state.doc.line(last).from === range.to) last--;
    for (let n = first; n <= last; n++) {
      if (seen.has(n)) continue;
      seen.add(n);
      lines.push(state.doc.line(n));
    }
  }
  lines.sort((a, b) => a.number - b.number);
  const nonBlank = lines.filter((line) => line.text.trim() !== '');
  return nonBlank.length > 0 ? nonBlank : lines;
}

function apply(state: EditorState, dispatch: (tr: Transaction) => void, changes: ChangeSpec[], userEvent: string): boolean {
  const set = state.changes(changes);
  // assoc 1: a cursor at the start of the line ends up after the new marker, ready to type.
  dispatch(state.update({ changes: set, selection: state.selection.map(set, 1), scrollIntoView: true, userEvent }));
  return true;
}

/**
 * Mod-Alt-1…6: makes the lines headings of `level`, or plain paragraphs when they all
 * already are headings of that level. Level 0 (Mod-Alt-0) always makes them paragraphs.
 */
export function toggleHeading(level: number): StateCommand {
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const lines = targetLines(state);
    const levelOf = (line: Line) => HEADING.exec(line.text)?.[2]?.length ?? 0;
    const remove = level === 0 || lines.every((line) => levelOf(line) === level);
    const marker = remove ? '' : `${'#'.repeat(level)} `;
    const changes: ChangeSpec[] = [];
    for (const line of lines) {
      const prefixLength = HEADING.exec(line.text)?.[0].length ?? indentOf(line.text).length;
      if (line.text.slice(0, prefixLength) === marker) continue;
      changes.push({ from: line.from, to: line.from + prefixLength, insert: marker });
    }
    return apply(state, dispatch, changes, remove ? 'input.format.paragraph' : 'input.format.heading');
  };
}

/** Mod-Shift-8: `- ` items, converting numbered items; removes the markers when all lines are bullets. */
export const toggleBulletList: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const lines = targetLines(state);
  const remove = lines.every((line) => BULLET.test(line.text));
  const changes: ChangeSpec[] = [];
  for (const line of lines) {
    const match = BULLET.exec(line.text) ?? ORDERED.exec(line.text);
    const indent = match?.[1] ?? indentOf(line.text);
    const markerFrom = line.from + indent.length;
    const markerTo = line.from + (match ? match[0].length : indent.length);
    if (remove) changes.push({ from: markerFrom, to: markerTo });
    else if (!BULLET.test(line.text)) changes.push({ from: markerFrom, to: markerTo, insert: '- ' });
  }
  return apply(state, dispatch, changes, remove ? 'input.format.list.remove' : 'input.format.list.bullet');
};

/**
 * Mod-Shift-7: numbers the lines `1. 2. 3.` (per indentation level, continuing a numbered
 * list right above the selection), converting bullets; removes the markers when all lines
 * are numbered already.
 */
export const toggleOrderedList: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const lines = targetLines(state);
  const first = lines[0];
  if (!first) return false;
  const remove = lines.every((line) => ORDERED.test(line.text));
  const counters = new Map<number, number>();
  const above = first.number > 1 ? ORDERED.exec(state.doc.line(first.number - 1).text) : null;
  if (above?.[1] !== undefined && above[2] !== undefined) counters.set(above[1].length, Number(above[2]));

  const changes: ChangeSpec[] = [];
  for (const line of lines) {
    const match = ORDERED.exec(line.text) ?? BULLET.exec(line.text);
    const indent = match?.[1] ?? indentOf(line.text);
    const markerFrom = line.from + indent.length;
    const markerTo = line.from + (match ? match[0].length : indent.length);
    if (remove) {
      changes.push({ from: markerFrom, to: markerTo });
      continue;
    }
    // A shallower line ends the deeper lists: their numbering restarts next time.
    for (const depth of counters.keys()) if (depth > indent.length) counters.delete(depth);
    const number = (counters.get(indent.length) ?? 0) + 1;
    counters.set(indent.length, number);
    const marker = `${number}. `;
    if (state.sliceDoc(markerFrom, markerTo) !== marker) changes.push({ from: markerFrom, to: markerTo, insert: marker });
  }
  return apply(state, dispatch, changes, remove ? 'input.format.list.remove' : 'input.format.list.ordered');
};
