import { Prec, type Extension } from '@codemirror/state';
import { keymap, type KeyBinding } from '@codemirror/view';
import { toggleBulletList, toggleHeading, toggleOrderedList } from './block-commands';
import { insertLink, toggleBold, toggleInlineCode, toggleItalic } from './markup-commands';

/**
 * Formatting keys. Headings use Mod-Alt-digit (as Google Docs does) because Chromium keeps
 * Ctrl-1…9 for switching tabs in the browser host; CodeMirror ignores Ctrl-Alt-digit when
 * it is AltGr typing a character on Windows layouts, so `²`, `{`, `[` still type. Mod-i
 * replaces CodeMirror's default "select parent syntax", which writers do not need.
 */
export const markdownShortcuts: readonly KeyBinding[] = [
  { key: 'Mod-b', run: toggleBold },
  { key: 'Mod-i', run: toggleItalic },
  { key: 'Mod-e', run: toggleInlineCode },
  { key: 'Mod-k', run: insertLink },
  { key: 'Mod-Alt-0', run: toggleHeading(0) },
  { key: 'Mod-Alt-1', run: toggleHeading(1) },
  { key: 'Mod-Alt-2', run: toggleHeading(2) },
  { key: 'Mod-Alt-3', run: toggleHeading(3) },
  { key: 'Mod-Alt-4', run: toggleHeading(4) },
  { key: 'Mod-Alt-5', run: toggleHeading(5) },
  { key: 'Mod-Alt-6', run: toggleHeading(6) },
  { key: 'Mod-Shift-7', run: toggleOrderedList },
  { key: 'Mod-Shift-8', run: toggleBulletList },
];

/** For a help sheet or menu: key (CodeMirror notation, Mod = Ctrl / Cmd) and what it does. */
export const shortcutHelp: readonly { key: string; label: string }[] = [
  { key: 'Mod-b', label: 'Bold' },
  { key: 'Mod-i', label: 'Italic' },
  { key: 'Mod-e', label: 'Inline code' },
  { key: 'Mod-k', label: 'Link' },
  { key: 'Mod-Alt-1 … Mod-Alt-6', label: 'Heading level 1 … 6 (again: back to paragraph)' },
  { key: 'Mod-Alt-0', label: 'Paragraph' },
  { key: 'Mod-Shift-8', label: 'Bulleted list' },
  { key: 'Mod-Shift-7', label: 'Numbered list' },
  { key: 'Enter', label: 'New line, continuing the list or quote' },
  { key: 'Mod-z / Mod-Shift-z (Mod-y)', label: 'Undo / redo' },
  { key: 'Mod-f', label: 'Find and replace' },
  { key: 'F3 / Shift-F3 (Mod-g / Mod-Shift-g)', label: 'Next / previous match' },
  { key: 'Mod-Alt-g', label: 'Go to line' },
  { key: 'Mod-Shift-m', label: 'List the problems in the body' },
  { key: 'F8', label: 'Next problem' },
  { key: 'Mod-[ / Mod-]', label: 'Outdent / indent' },
];

/** Above the default keymap, so Mod-i formats instead of selecting syntax. */
export function markdownShortcutKeymap(): Extension {
  return Prec.high(keymap.of(markdownShortcuts));
}
