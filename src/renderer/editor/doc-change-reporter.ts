import type { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, type PluginValue, type ViewUpdate } from '@codemirror/view';

/** Typing has paused when no edit came for this long; then the text is reported. */
export const QUIET_MS = 150;

export interface DocChangeCallbacks {
  /** The first edit since the last report, right after its frame is painted: cheap, no text. */
  onEdit(): void;
  /** The whole document, once typing pauses (and whenever the app needs it, see below). */
  onChange(doc: string): void;
}

/** Runs `run` in a task after the next frame is painted; a timer covers hidden windows, where frames do not run. */
function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(run, 250);
  let frame: number | null = requestAnimationFrame(() => {
    frame = null;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, 0);
  });
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * Tells the app that the document was edited as soon as the frame showing the first edit is
 * painted, and hands it the text only once typing pauses for QUIET_MS: turning a 1 MB
 * document into a string, and what the app does with it (its render, the preview,
 * validation), then never compete with keystrokes in a burst of typing.
 *
 * Pending edits are reported at once before anything could read a stale copy in the app:
 * a key with Ctrl/Cmd/Alt (Ctrl+S, Ctrl+P) before it reaches the app's handlers, the editor
 * losing focus (a click on Save or in the form), `flushDocChange`, and the editor being
 * destroyed.
 */
class DocChangeReporter implements PluginValue {
  private pending = false;
  private cancelMark: (() => void) | null = null;
  private quietTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly callbacks: DocChangeCallbacks,
  ) {}

  update(update: ViewUpdate): void {
    if (!update.docChanged) return;
    if (!this.pending) {
      this.pending = true;
      this.cancelMark = afterPaint(() => {
        this.cancelMark = null;
        this.callbacks.onEdit();
      });
    }
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flush(), QUIET_MS);
  }

  flush(): void {
    this.cancelMark?.();
    this.cancelMark = null;
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    if (!this.pending) return;
    this.pending = false;
    this.callbacks.onChange(this.view.state.doc.toString());
  }

  destroy(): void {
    this.flush();
  }
}

const reporters = new WeakMap<EditorView, DocChangeReporter>();

export function docChangeReporter(callbacks: DocChangeCallbacks): Extension {
  const plugin = ViewPlugin.define((view) => {
    const reporter = new DocChangeReporter(view, callbacks);
    reporters.set(view, reporter);
    return reporter;
  });
  return [
    plugin,
    EditorView.domEventHandlers({
      keydown(event, view) {
        if (event.ctrlKey || event.metaKey || event.altKey) reporters.get(view)?.flush();
        return false;
      },
      blur(_event, view) {
        reporters.get(view)?.flush();
        return false;
      },
    }),
  ];
}

/** Reports pending changes now (before saving, switching documents, reading the doc elsewhere). */
export function flushDocChange(view: EditorView): void {
  reporters.get(view)?.flush();
}
