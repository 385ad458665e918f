import type { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, type PluginValue, type ViewUpdate } from '@codemirror/view';

/** Calls `onLine` with the cursor's 1-based body line when it moves to another line. */
export function selectionLineReporter(onLine: (line: number) => void): Extension {
  return ViewPlugin.define(() => {
    let last = 0;
    return {
      update(update: ViewUpdate) {
        if (!update.selectionSet && !update.docChanged) return;
        // lineAt is a tree lookup (logarithmic), so this is cheap on every transaction.
        const line = update.state.doc.lineAt(update.state.selection.main.head).number;
        if (line === last) return;
        last = line;
        onLine(line);
      },
    } satisfies PluginValue;
  });
}

/** The 1-based line of the first line block visible at the top of the scroller. */
export function topVisibleLine(view: EditorView): number {
  const top = view.scrollDOM.getBoundingClientRect().top;
  const block = view.lineBlockAtHeight(Math.max(0, top - view.documentTop));
  return view.state.doc.lineAt(block.from).number;
}

/**
 * Calls `onTopLine` with the top visible line after scrolling, at most once per frame and
 * only when it changed (for the preview to follow the editor).
 */
export function scrollLineReporter(onTopLine: (line: number) => void): Extension {
  const frames = new WeakMap<EditorView, number>();
  const lastLines = new WeakMap<EditorView, number>();
  return EditorView.domEventObservers({
    scroll(_event, view) {
      if (frames.has(view)) return;
      frames.set(
        view,
        requestAnimationFrame(() => {
          frames.delete(view);
          const line = topVisibleLine(view);
          if (lastLines.get(view) === line) return;
          lastLines.set(view, line);
          onTopLine(line);
        }),
      );
    },
  });
}
