import { StateEffect, StateField, type EditorState, type Extension, type TransactionSpec } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

/** An image the app copied into the site for a paste or a drop. */
export interface PastedImage {
  /** The markdown inserted: `![alt](ref)`. */
  markdown: string;
  /** Root-relative path of the copy. */
  path: string;
  /** The path as the post writes it. */
  ref: string;
  /** Alt text to suggest (from the file's name), '' when there is none. */
  alt: string;
}

export interface ImagePasteCallbacks {
  /** Stores the image (the app copies it into the media folder); null when it could not. */
  store(file: File): Promise<PastedImage | null>;
  /** Images were inserted, with an empty alt text: the app asks the writer for one. */
  inserted?(images: PastedImage[]): void;
  /** An undo took an image's markdown out of the text; `restored` when a redo put it back. */
  removed?(image: PastedImage): void;
  restored?(image: PastedImage): void;
}

class PendingImageWidget extends WidgetType {
  constructor(readonly count: number) {
    super();
  }
  override eq(other: PendingImageWidget): boolean {
    return other.count === this.count;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cm-pendingImage';
    span.setAttribute('role', 'status');
    span.textContent = this.count > 1 ? `Adding ${this.count} images…` : 'Adding image…';
    return span;
  }
}

const addPending = StateEffect.define<{ id: number; pos: number; count: number }>();
const removePending = StateEffect.define<number>();

/**
 * Where each image being stored will go. Kept as decorations so the position follows the
 * writer's edits while the app copies the file, and so the spot shows "Adding image…".
 */
export const pendingImages = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(pending, tr) {
    pending = pending.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(addPending)) {
        const widget = Decoration.widget({ widget: new PendingImageWidget(effect.value.count), side: 1, id: effect.value.id });
        pending = pending.update({ add: [widget.range(effect.value.pos)] });
      } else if (effect.is(removePending)) {
        pending = pending.update({ filter: (_from, _to, deco) => deco.spec.id !== effect.value });
      }
    }
    return pending;
  },
  provide: (field) => EditorView.decorations.from(field),
});

let nextId = 1;

/** Marks `pos` as the place for images being stored; returns the id to settle it with. */
export function startPendingImage(state: EditorState, pos: number, count = 1): { id: number; spec: TransactionSpec } {
  const id = nextId++;
  const effects = [addPending.of({ id, pos, count })];
  return { id, spec: { effects: state.field(pendingImages, false) ? effects : [...effects, StateEffect.appendConfig.of(pendingImages)] } };
}

/**
 * Inserts `markdown` where the pending image `id` now is (its position followed the edits
 * made meanwhile) and clears the mark; with null, only clears it. The cursor moves after the
 * image when it was still at that spot.
 */
export function settlePendingImage(state: EditorState, id: number, markdown: string | null): TransactionSpec {
  let pos: number | null = null;
  state.field(pendingImages, false)?.between(0, state.doc.length, (from, _to, deco) => {
    if (deco.spec.id === id) {
      pos = from;
      return false;
    }
    return undefined;
  });
  const effects = removePending.of(id);
  if (pos === null || !markdown) return { effects };
  const at: number = pos;
  const main = state.selection.main;
  const cursorHere = main.empty && main.head === at;
  return {
    changes: { from: at, insert: markdown },
    effects,
    selection: cursorHere ? { anchor: at + markdown.length } : undefined,
    userEvent: 'input.paste.image',
    scrollIntoView: cursorHere,
  };
}

/** Image files in a paste or drop, in order. */
export function imageFilesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return Array.from(data.files).filter((file) => file.type.startsWith('image/'));
}

/**
 * The images a paste should insert. None when the clipboard holds formatted text too: cells
 * copied from a spreadsheet or a word processor carry a picture of themselves next to their
 * text and HTML, and the writer wants the text. A screenshot (image only), "Copy image" in a
 * browser (image and HTML) and a file copied in a file manager (image and its name as plain
 * text) paste the image.
 */
export function imagesToPaste(data: DataTransfer | null): File[] {
  if (!data) return [];
  if (data.getData('text/plain') && Array.from(data.types).includes('text/html')) return [];
  return imageFilesOf(data);
}

function insertImages(view: EditorView, files: File[], pos: number, callbacks: ImagePasteCallbacks, tracked: TrackedImage[]): void {
  const { id, spec } = startPendingImage(view.state, pos, files.length);
  view.dispatch(spec);
  const stored = files.map((file) =>
    callbacks.store(file).catch((error: unknown) => {
      console.error('Storing the pasted image failed', error);
      return null;
    }),
  );
  void Promise.all(stored).then((results) => {
    const images = results.filter((image): image is PastedImage => !!image);
    const markdown = images.map((image) => image.markdown).join('\n');
    // Safe even if the editor was destroyed or given a new document meanwhile: the mark is gone, nothing is inserted.
    const settle = settlePendingImage(view.state, id, markdown || null);
    view.dispatch(settle);
    if (!settle.changes) return;
    tracked.push(...images.map((image) => ({ image, present: true })));
    if (images.length > 0) callbacks.inserted?.(images);
  });
}

interface TrackedImage {
  image: PastedImage;
  /** Whether the text holds the image's reference, as of the last undo or redo. */
  present: boolean;
}

/** After an undo or a redo: tells which pasted images left the text or came back. */
function followUndo(tracked: TrackedImage[], callbacks: ImagePasteCallbacks): Extension {
  return EditorView.updateListener.of((update) => {
    if (!update.docChanged || !update.transactions.some((tr) => tr.isUserEvent('undo') || tr.isUserEvent('redo'))) return;
    const text = update.state.doc.toString();
    for (const entry of tracked) {
      const present = text.includes(`](${entry.image.ref})`);
      if (present === entry.present) continue;
      entry.present = present;
      if (present) callbacks.restored?.(entry.image);
      else callbacks.removed?.(entry.image);
    }
  });
}

/**
 * Paste or drop of image files: each file goes to `callbacks.store`, and the markdown it
 * returns is inserted at the cursor (paste) or where the files were dropped (see
 * `imagesToPaste` for pastes that also carry text). Undoing the insertion is reported, so
 * the app can take the copy away again (and put it back on redo).
 */
export function imagePasteHandler(callbacks: ImagePasteCallbacks): Extension {
  const tracked: TrackedImage[] = [];
  return [
    pendingImages,
    followUndo(tracked, callbacks),
    EditorView.domEventHandlers({
      paste(event, view) {
        const files = imagesToPaste(event.clipboardData);
        if (files.length === 0 || view.state.readOnly) return false;
        event.preventDefault();
        const { from, to } = view.state.selection.main;
        if (from !== to) view.dispatch({ changes: { from, to }, userEvent: 'delete.paste', selection: { anchor: from } });
        insertImages(view, files, from, callbacks, tracked);
        return true;
      },
      drop(event, view) {
        const files = imageFilesOf(event.dataTransfer);
        if (files.length === 0 || view.state.readOnly) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
        view.focus();
        insertImages(view, files, pos, callbacks, tracked);
        return true;
      },
    }),
  ];
}
