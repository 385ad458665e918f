import type { Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView, type PluginValue, type ViewUpdate } from '@codemirror/view';
import { documentStats, type DocumentStats } from './word-count';

/**
 * Reports word count and reading time once typing pauses (`delayMs` after the last change,
 * then when the browser is idle), and once at start. Counting reuses the counts of the
 * unchanged parts of the document, so a recount after an edit is cheap even on 1 MB; the
 * first count of a 1 MB body takes a few tens of milliseconds, off the typing path.
 */
export function statsReporter(onStats: (stats: DocumentStats) => void, delayMs = 300): Extension {
  return ViewPlugin.define((view: EditorView) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let idle: number | null = null;
    const cancel = () => {
      if (timer !== null) clearTimeout(timer);
      if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      timer = null;
      idle = null;
    };
    const run = () => {
      cancel();
      onStats(documentStats(view.state.doc));
    };
    const schedule = (delay: number) => {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 });
        else run();
      }, delay);
    };
    schedule(0);
    return {
      update(update: ViewUpdate) {
        if (update.docChanged) schedule(delayMs);
      },
      destroy: cancel,
    } satisfies PluginValue;
  });
}
