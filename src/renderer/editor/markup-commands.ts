import { EditorSelection, type ChangeSpec, type EditorState, type SelectionRange, type StateCommand } from '@codemirror/state';
import { enclosingNode } from './syntax-at';

interface InlineMarkup {
  /** Inserted on both sides when turning the markup on. */
  mark: string;
  /** The lezer-markdown node whose marks are removed when turning it off. */
  node: string;
  /** The node naming its delimiters (first and last child). */
  markNode: string;
  userEvent: string;
}

const BOLD: InlineMarkup = { mark: '**', node: 'StrongEmphasis', markNode: 'EmphasisMark', userEvent: 'input.format.bold' };
// Underscores, as the site's posts use them, so that italic never merges with `**`.
const ITALIC: InlineMarkup = { mark: '_', node: 'Emphasis', markNode: 'EmphasisMark', userEvent: 'input.format.italic' };
const CODE: InlineMarkup = { mark: '`', node: 'InlineCode', markNode: 'CodeMark', userEvent: 'input.format.code' };

interface RangeEdit {
  changes: ChangeSpec;
  range: SelectionRange;
}

function mapRange(state: EditorState, range: SelectionRange, changes: ChangeSpec): RangeEdit {
  const set = state.changes(changes);
  return {
    changes: set,
    range: EditorSelection.range(set.mapPos(range.anchor, 1), set.mapPos(range.head, range.empty ? 1 : -1)),
  };
}

function unwrapNode(state: EditorState, range: SelectionRange, markup: InlineMarkup): RangeEdit | null {
  const node = enclosingNode(state, range.from, range.to, markup.node);
  const open = node?.firstChild;
  const close = node?.lastChild;
  if (!node || !open || !close || open === close || open.name !== markup.markNode || close.name !== markup.markNode) {
    return null;
  }
  const changes = [
    { from: open.from, to: open.to },
    { from: close.from, to: close.to },
  ];
  // Keep the (now unmarked) text selected when the whole span was selected.
  if (range.from <= open.from && range.to >= close.to) {
    const set = state.changes(changes);
    return { changes: set, range: EditorSelection.range(set.mapPos(open.to), set.mapPos(close.from)) };
  }
  return mapRange(state, range, changes);
}

/** Text-based fallback: `**word**` selected, or the marks sit just outside the selection. */
function unwrapText(state: EditorState, range: SelectionRange, mark: string): RangeEdit | null {
  const { from, to } = range;
  const text = state.sliceDoc(from, to);
  if (text.length >= 2 * mark.length && text.startsWith(mark) && text.endsWith(mark)) {
    const changes = [
      { from, to: from + mark.length },
      { from: to - mark.length, to },
    ];
    return { changes, range: EditorSelection.range(from, to - 2 * mark.length) };
  }
  if (state.sliceDoc(from - mark.length, from) === mark && state.sliceDoc(to, to + mark.length) === mark) {
    return mapRange(state, range, [
      { from: from - mark.length, to: from },
      { from: to, to: to + mark.length },
    ]);
  }
  return null;
}

function wrap(state: EditorState, range: SelectionRange, mark: string): RangeEdit {
  let { from, to } = range;
  if (range.empty) {
    const word = state.wordAt(range.head);
    if (word) ({ from, to } = word);
  } else {
    // Markdown does not allow `** bold **`: leave surrounding spaces outside the marks.
    const text = state.sliceDoc(from, to);
    from += text.length - text.trimStart().length;
    to -= text.length - text.trimEnd().length;
    if (to < from) to = from;
  }
  const changes = [
    { from, insert: mark },
    { from: to, insert: mark },
  ];
  if (range.empty) {
    // Cursor stays where it was in the word, or between the two new marks.
    const head = range.head + mark.length;
    return { changes, range: EditorSelection.cursor(head) };
  }
  return { changes, range: EditorSelection.range(from + mark.length, to + mark.length) };
}

function toggleInline(markup: InlineMarkup): StateCommand {
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const tr = state.changeByRange(
      (range) => unwrapNode(state, range, markup) ?? unwrapText(state, range, markup.mark) ?? wrap(state, range, markup.mark),
    );
    dispatch(state.update(tr, { scrollIntoView: true, userEvent: markup.userEvent }));
    return true;
  };
}

/** Mod-b: `**bold**` on, or off when the selection is already bold. */
export const toggleBold: StateCommand = toggleInline(BOLD);
/** Mod-i: `_italic_` on, or off (either `_x_` or `*x*`). */
export const toggleItalic: StateCommand = toggleInline(ITALIC);
/** Mod-e: `` `code` `` on or off. */
export const toggleInlineCode: StateCommand = toggleInline(CODE);

const LOOKS_LIKE_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|\/|~\/|\.\.?\/|#)\S*$/i;

/**
 * `placeholder` is what stands for the address until the writer types one (selected); with
 * none, the cursor waits between the parentheses, and with no text either a lone `[` waits
 * for the link picker to write the whole link.
 */
function linkEdit(state: EditorState, range: SelectionRange, placeholder = 'url'): RangeEdit {
  // Inside an existing link: select its target, so Mod-k then typing edits the URL.
  const link = enclosingNode(state, range.from, range.to, 'Link') ?? enclosingNode(state, range.from, range.to, 'Image');
  const url = link?.getChild('URL');
  if (url) return { changes: [], range: EditorSelection.range(url.from, url.to) };

  let { from, to } = range;
  if (range.empty) {
    const word = state.wordAt(range.head);
    if (word) ({ from, to } = word);
  }
  const raw = state.sliceDoc(from, to);
  const text = raw.trim();
  from += raw.length - raw.trimStart().length;
  to = from + text.length;
  if (text === '' && !placeholder) return { changes: { from, to, insert: '[' }, range: EditorSelection.cursor(from + 1) };
  if (text === '') {
    const insert = '[link text](url)';
    return { changes: { from, to, insert }, range: EditorSelection.range(from + 1, from + 1 + 'link text'.length) };
  }
  if (LOOKS_LIKE_URL.test(text)) {
    // The selection is the target: the writer still has to type the text.
    return { changes: { from, to, insert: `[](${text})` }, range: EditorSelection.cursor(from + 1) };
  }
  const insert = `[${text}](${placeholder})`;
  const urlFrom = from + text.length + 3;
  return { changes: { from, to, insert }, range: EditorSelection.range(urlFrom, urlFrom + placeholder.length) };
}

const linkCommand =
  (placeholder: string): StateCommand =>
  ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const tr = state.changeByRange((range) => linkEdit(state, range, placeholder));
    dispatch(state.update(tr, { scrollIntoView: true, userEvent: 'input.format.link' }));
    return true;
  };

/** Mod-k: wraps the selection (or the word at the cursor) as `[text](url)` and selects `url`. */
export const insertLink: StateCommand = linkCommand('url');

/** Mod-k where the site's posts can be picked: `[text]()` with the cursor inside, or `[` alone without text. */
export const insertLinkToPick: StateCommand = linkCommand('');
