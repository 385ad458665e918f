import type { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, type PluginValue, type ViewUpdate } from '@codemirror/view';

/** How long the cursor stays solid after the last edit or move before it starts blinking. */
export const SOLID_AFTER_TYPING_MS = 600;

const IDLE_CLASS = 'pd-cursor-idle';

/**
 * The cursor stays solid while the writer types and blinks once they stop.
 *
 * CodeMirror restarts its blink animation on every cursor move so that the cursor shows
 * while typing: a new CSS animation per keystroke, which costs the page an extra frame and
 * an `animationstart` event per key (React listens to those on its root). Here the blink
 * is switched on only after a pause and off at the first key, so a run of keystrokes
 * changes nothing about the cursor but its position.
 */
export function cursorBlinkWhenIdle(): Extension {
  return [
    EditorView.theme({
      // !important: CodeMirror sets the animation's name inline on every cursor move.
      '&.cm-focused > .cm-scroller > .cm-cursorLayer': { animationName: 'none !important' },
      [`&.cm-focused.${IDLE_CLASS} > .cm-scroller > .cm-cursorLayer`]: { animationName: 'pd-cursor-blink !important' },
      '@keyframes pd-cursor-blink': { '0%': {}, '50%': { opacity: 0 }, '100%': {} },
    }),
    ViewPlugin.define((view) => new IdleBlink(view)),
  ];
}

class IdleBlink implements PluginValue {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly view: EditorView) {
    this.wait();
  }

  update(update: ViewUpdate): void {
    if (!update.docChanged && !update.selectionSet && !update.focusChanged) return;
    // classList.remove of an absent class is free of style work; it only matters after a pause.
    if (this.view.dom.classList.contains(IDLE_CLASS)) this.view.dom.classList.remove(IDLE_CLASS);
    this.wait();
  }

  private wait(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.view.dom.classList.add(IDLE_CLASS);
    }, SOLID_AFTER_TYPING_MS);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
  }
}
