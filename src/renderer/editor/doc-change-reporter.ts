import type { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, type PluginValue, type ViewUpdate } from '@codemirror/view';

/** At most one report per this many ms while typing: each report is a full copy of the doc. */
const MIN_INTERVAL_MS = 100;

/**
 * Reports the document to `onChange` after the frame that shows a keystroke has been
 * painted, and at most every 100 ms while typing continues: turning a 1 MB document into a
 * string and whatever the app does with it then stay off the keystroke-to-paint path.
 *
 * Pending changes are reported at once before anything could read a stale copy in the app:
 * a key with Ctrl/Cmd/Alt (Ctrl+S, Ctrl+P) before it reaches the app's handlers, the editor
 * losing focus (a click on Save), `flushDocChange`, and the editor being destroyed.
 */
class DocChangeReporter implements PluginValue {
  private pending = false;
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastReport = -Infinity;

  constructor(
    private readonly view: EditorView,
    private readonly onChange: (doc: string) => void,
  ) {}

  update(update: ViewUpdate): void {
    if (!update.docChanged || this.pending) return;
    this.pending = true;
    const wait = this.lastReport + MIN_INTERVAL_MS - performance.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.flush(), wait);
      return;
    }
    // After paint: a task queued from the next animation frame. The fallback timer covers
    // hidden windows, where animation frames do not run.
    this.timer = setTimeout(() => this.flush(), 250);
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), 0);
    });
  }

  flush(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
    if (!this.pending) return;
    this.pending = false;
    this.lastReport = performance.now();
    this.onChange(this.view.state.doc.toString());
  }

  destroy(): void {
    this.flush();
  }
}

const reporters = new WeakMap<EditorView, DocChangeReporter>();

export function docChangeReporter(onChange: (doc: string) => void): Extension {
  const plugin = ViewPlugin.define((view) => {
    const reporter = new DocChangeReporter(view, onChange);
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
