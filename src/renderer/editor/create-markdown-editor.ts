import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Diagnostic } from '../../shared/diagnostics';
import { docChangeReporter, flushDocChange } from './doc-change-reporter';
import { diagnosticsTransaction } from './editor-diagnostics';
import { editorTheme } from './editor-theme';
import { imagePasteHandler, type ImagePasteCallbacks } from './image-paste';
import { linkCompletion, type LinkTarget } from './link-completion';
import { markdownEditing } from './markdown-extensions';
import { scrollLineReporter, selectionLineReporter } from './position-reporters';
import { statsReporter } from './stats-reporter';
import type { DocumentStats } from './word-count';

/**
 * Callbacks are read once, at creation: pass functions that read the app's current state
 * (refs), not closures over one render.
 */
export interface MarkdownEditorProps {
  /** The post body (the frontmatter is edited in the form). */
  doc: string;
  /** The whole body after edits; called once typing pauses (see doc-change-reporter). */
  onChange(doc: string): void;
  /** The body was edited and onChange will follow: called once per burst, right after the frame is painted. */
  onEdit?(): void;
  /** 1-based body line of the cursor, when it changes line. */
  onSelectionLine?(line: number): void;
  /** 1-based body line at the top of the visible area, after scrolling. */
  onScroll?(topLine: number): void;
  /** Stores a pasted or dropped image, and hears when it is inserted or undone. */
  images?: ImagePasteCallbacks;
  /** The document is the whole file (Source view): its frontmatter is highlighted as YAML. */
  frontmatter?: boolean;
  /** Word count and reading time, once typing pauses. */
  onStats?(stats: DocumentStats): void;
  /** The site's posts a link may point at, offered after `](` (read when completing). */
  linkTargets?(): readonly LinkTarget[];
  readOnly?: boolean;
  dark?: boolean;
  /** Accessible name of the text area; default "Post body". */
  ariaLabel?: string;
  placeholder?: string;
}

export interface MarkdownEditor {
  view: EditorView;
  /**
   * Loads a document: fresh undo history, cursor at the start, marks cleared. No onChange.
   * A no-op for the doc the editor last reported or was given, so an app that echoes
   * onChange back into setDoc never undoes typing that is not reported yet.
   */
  setDoc(doc: string): void;
  /** The current body, including edits not reported yet. */
  getDoc(): string;
  /** Reports pending edits to onChange now (call before saving from a menu or button). */
  flush(): void;
  /** Marks for the body; `diags` lines are whole-file lines, `bodyStartLine` the file line where the body starts. */
  setDiagnostics(diags: readonly Diagnostic[], bodyStartLine: number): void;
  /** Scrolls body line `line` (1-based) to the top, without moving the cursor. */
  scrollToLine(line: number): void;
  /** Moves the cursor to body line `line`, column `column` (1-based), scrolls it into view and focuses. */
  goToLine(line: number, column?: number): void;
  focus(): void;
  /** Replaces the selection with `text` (cursor after it), as one undoable edit. */
  insertText(text: string): void;
  /** Gives the image written `![](ref)` the alt text `alt`, as one undoable edit; false when it is not there. */
  setImageAlt(ref: string, alt: string): boolean;
  setDark(dark: boolean): void;
  setReadOnly(readOnly: boolean): void;
  destroy(): void;
}

export function createMarkdownEditor(parent: HTMLElement, props: MarkdownEditorProps): MarkdownEditor {
  const theme = new Compartment();
  const mode = new Compartment();
  let lastKnownDoc = props.doc;
  let dark = props.dark ?? false;
  let readOnly = props.readOnly ?? false;

  const modeExtension = (value: boolean): Extension => EditorState.readOnly.of(value);
  const callbacks: Extension[] = [
    docChangeReporter({
      onEdit: () => props.onEdit?.(),
      onChange: (doc) => {
        lastKnownDoc = doc;
        props.onChange(doc);
      },
    }),
  ];
  if (props.onSelectionLine) callbacks.push(selectionLineReporter(props.onSelectionLine));
  if (props.onScroll) callbacks.push(scrollLineReporter(props.onScroll));
  if (props.images) callbacks.push(imagePasteHandler(props.images));
  if (props.onStats) callbacks.push(statsReporter(props.onStats));
  if (props.linkTargets) callbacks.push(linkCompletion(props.linkTargets));

  const editing = markdownEditing({ ariaLabel: props.ariaLabel, placeholder: props.placeholder, frontmatter: props.frontmatter });
  const createState = (doc: string) =>
    EditorState.create({
      doc,
      extensions: [
        editing,
        theme.of(editorTheme(dark)),
        mode.of(modeExtension(readOnly)),
        callbacks,
      ],
    });

  const view = new EditorView({ parent, state: createState(props.doc) });

  const lineAt = (line: number) => view.state.doc.line(Math.min(Math.max(1, Math.floor(line)), view.state.doc.lines));

  return {
    view,
    setDoc(doc) {
      if (doc === lastKnownDoc) return;
      flushDocChange(view);
      if (doc === lastKnownDoc) return;
      lastKnownDoc = doc;
      view.setState(createState(doc));
    },
    getDoc: () => view.state.doc.toString(),
    flush: () => flushDocChange(view),
    setDiagnostics(diags, bodyStartLine) {
      view.dispatch(diagnosticsTransaction(view.state, diags, bodyStartLine));
    },
    scrollToLine(line) {
      view.dispatch({ effects: EditorView.scrollIntoView(lineAt(line).from, { y: 'start' }) });
    },
    goToLine(line, column = 1) {
      const target = lineAt(line);
      const pos = target.from + Math.min(Math.max(0, column - 1), target.length);
      view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
      view.focus();
    },
    focus: () => view.focus(),
    insertText(text) {
      if (view.state.readOnly) return;
      view.dispatch(view.state.replaceSelection(text), { scrollIntoView: true, userEvent: 'input' });
    },
    setImageAlt(ref, alt) {
      const needle = `![](${ref})`;
      const at = view.state.doc.toString().indexOf(needle);
      if (at < 0 || view.state.readOnly) return false;
      const text = alt.replace(/[[\]\n\r]/g, ' ').trim();
      view.dispatch({ changes: { from: at + 2, insert: text }, userEvent: 'input' });
      return true;
    },
    setDark(value) {
      if (value === dark) return;
      dark = value;
      view.dispatch({ effects: theme.reconfigure(editorTheme(dark)) });
    },
    setReadOnly(value) {
      if (value === readOnly) return;
      readOnly = value;
      view.dispatch({ effects: mode.reconfigure(modeExtension(readOnly)) });
    },
    destroy() {
      flushDocChange(view);
      view.destroy();
    },
  };
}
