import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChangeEvent, FocusEvent, KeyboardEvent } from 'react';
import { registerPendingDraft } from './pending-drafts';

type Control = HTMLInputElement | HTMLTextAreaElement;

export interface DraftOptions {
  /** Debounce for commits while typing, so preview and validation follow the writer. */
  delay?: number;
  /** Enter inserts a newline instead of committing. */
  multiline?: boolean;
}

export interface Draft {
  text: string;
  /** Spread onto the <input>/<textarea>. */
  props: {
    value: string;
    onChange(e: ChangeEvent<Control>): void;
    onFocus(e: FocusEvent<Control>): void;
    onBlur(e: FocusEvent<Control>): void;
    onKeyDown(e: KeyboardEvent<Control>): void;
  };
  /** Commits pending text now. */
  flush(): void;
}

/**
 * Local text for a control bound to a frontmatter value. The text the writer types wins
 * while the control has focus (so the caret never jumps when props update); commits are
 * debounced while typing (`final` false) and made final on blur, Enter, any Ctrl/Cmd
 * shortcut (so Ctrl+S saves what was typed) and unmount.
 */
export function useDraft(external: string, commit: (text: string, final: boolean) => void, options: DraftOptions = {}): Draft {
  const { delay = 300, multiline = false } = options;
  const [text, setText] = useState(external);
  const [seen, setSeen] = useState(external);
  const [focused, setFocused] = useState(false);
  if (seen !== external) {
    setSeen(external);
    if (!focused) setText(external);
  }

  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  const externalRef = useRef(external);
  useLayoutEffect(() => {
    commitRef.current = commit;
    externalRef.current = external;
  });

  const cancelTimer = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  const unregister = useRef<(() => void) | null>(null);
  const flush = useCallback(() => {
    cancelTimer();
    unregister.current?.();
    unregister.current = null;
    const typed = pending.current;
    if (typed === null) return;
    pending.current = null;
    commitRef.current(typed, true);
  }, [cancelTimer]);

  useEffect(() => flush, [flush]);

  const props: Draft['props'] = {
    value: text,
    onChange(e) {
      const next = e.target.value;
      setText(next);
      pending.current = next;
      unregister.current ??= registerPendingDraft(flush);
      cancelTimer();
      timer.current = setTimeout(() => {
        timer.current = undefined;
        if (pending.current !== null) commitRef.current(pending.current, false);
      }, delay);
    },
    onFocus() {
      setFocused(true);
    },
    onBlur() {
      setFocused(false);
      const typed = pending.current !== null;
      flush();
      // Nothing typed: show what the file holds now (it may have changed while focused).
      if (!typed) setText(externalRef.current);
    },
    onKeyDown(e) {
      if ((e.key === 'Enter' && !multiline && !e.nativeEvent.isComposing) || e.ctrlKey || e.metaKey) flush();
    },
  };
  return { text, props, flush };
}

/**
 * The commit rule of plain text fields: nothing when unchanged; an emptied optional field
 * removes its key, but only when final, so select-all-and-retype never drops the key (and
 * its place in the file) halfway; an emptied required field keeps its key, empty.
 */
export function commitText(text: string, final: boolean, current: string, required: boolean, emit: (value: unknown | undefined) => void): void {
  if (text === current) return;
  if (text === '') {
    if (final) emit(required ? '' : undefined);
    return;
  }
  emit(text);
}
