import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { EditorSelection, EditorState, type StateCommand } from '@codemirror/state';

/**
 * Test helper: a document with its selection written inline, `|` for a cursor and
 * `{from}…{to}` for a selected range (brackets and angles would clash with markdown).
 */
export function stateOf(text: string): EditorState {
  const ranges: { anchor: number; head: number }[] = [];
  let doc = '';
  let start: number | null = null;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('{from}', i)) {
      start = doc.length;
      i += '{from}'.length - 1;
    } else if (text.startsWith('{to}', i) && start !== null) {
      ranges.push({ anchor: start, head: doc.length });
      start = null;
      i += '{to}'.length - 1;
    } else if (text[i] === '|') {
      ranges.push({ anchor: doc.length, head: doc.length });
    } else {
      doc += text[i];
    }
  }
  const selection = ranges.length
    ? EditorSelection.create(ranges.map((r) => EditorSelection.range(r.anchor, r.head)))
    : EditorSelection.cursor(0);
  return EditorState.create({
    doc,
    selection,
    extensions: [markdown({ base: markdownLanguage }), EditorState.allowMultipleSelections.of(true)],
  });
}

/** The document with its selection written back in the same notation. */
export function textOf(state: EditorState): string {
  const marks: { pos: number; mark: string }[] = [];
  for (const range of state.selection.ranges) {
    if (range.empty) marks.push({ pos: range.head, mark: '|' });
    else marks.push({ pos: range.from, mark: '{from}' }, { pos: range.to, mark: '{to}' });
  }
  let doc = state.doc.toString();
  for (const { pos, mark } of marks.sort((a, b) => b.pos - a.pos)) doc = doc.slice(0, pos) + mark + doc.slice(pos);
  return doc;
}

/** Runs `command` on the document and returns the result in the same notation. */
export function run(command: StateCommand, text: string): string {
  let state = stateOf(text);
  command({ state, dispatch: (tr) => (state = tr.state) });
  return textOf(state);
}

/** Runs `command` twice: toggling must restore the original. */
export function runTwice(command: StateCommand, text: string): string {
  return run(command, run(command, text));
}
