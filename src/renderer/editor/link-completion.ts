import { autocompletion, startCompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { isolateHistory } from '@codemirror/commands';
import { EditorState, Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap, tooltips, type Command } from '@codemirror/view';
import { insertLinkToPick } from './markup-commands';

/** A post or page a link can point at, with the address the site serves it under. */
export interface LinkTarget {
  title: string;
  url: string;
  date?: string;
  draft: boolean;
}

/**
 * `](` then what is typed so far on that line: an address, or words of a title to search
 * (a space cannot be in an address, so words are a search); a parenthesis ends it.
 */
const LINK_TARGET = /\]\([^()\n]*$/;
/** The same after `![alt`: an image, whose address is a file, not a post. */
const IMAGE_TARGET = /!\[[^[\]\n]*\]\([^()\n]*$/;
/** `[` then the link text typed so far, on one line. */
const LINK_TEXT = /(?<!!)\[[^[\]\n]*$/;

function detailOf(target: LinkTarget): string {
  const parts = [target.url];
  if (target.date) parts.push(target.date.slice(0, 10));
  if (target.draft) parts.push('draft');
  return parts.join(' · ');
}

/**
 * Options for the address after `](`: matched by title, or by address once the writer types
 * one (`/…`); the address the site serves is what gets inserted.
 */
export function addressOptions(targets: readonly LinkTarget[], typed: string): Completion[] {
  const byAddress = typed.startsWith('/');
  return targets.map((target) => ({
    label: byAddress ? target.url : target.title,
    detail: byAddress ? target.title : detailOf(target),
    apply: target.url,
    type: target.draft ? 'draft' : 'post',
  }));
}

/**
 * Options for `[text` with Ctrl+Space: posts whose title holds every word of the text, as the
 * whole link, the typed text kept (or the title when none).
 */
export function wholeLinkOptions(targets: readonly LinkTarget[], text: string): Completion[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = words.length === 0 ? targets : targets.filter((t) => words.every((w) => t.title.toLowerCase().includes(w)));
  return matching.map((target) => ({
    label: target.title,
    detail: detailOf(target),
    apply: `[${text.trim() ? text : target.title}](${target.url})`,
    type: target.draft ? 'draft' : 'post',
  }));
}

/** The completion source: after `](` as the writer types, after `[` when asked (Ctrl+Space). */
export function linkTargetSource(targets: () => readonly LinkTarget[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const address = context.matchBefore(LINK_TARGET);
    if (address) {
      if (context.matchBefore(IMAGE_TARGET)) return null;
      const typed = address.text.slice(2);
      const list = targets();
      if (list.length === 0) return null;
      return { from: address.from + 2, options: addressOptions(list, typed), validFor: /^[^()\n]*$/ };
    }
    if (!context.explicit) return null;
    const text = context.matchBefore(LINK_TEXT);
    if (!text) return null;
    const list = targets();
    if (list.length === 0) return null;
    // Filtered by the link text typed so far; applying replaces `[text` with the whole link.
    return { from: text.from, options: wholeLinkOptions(list, text.text.slice(1)), filter: false };
  };
}

/**
 * Mod-k with the site's posts at hand: the link is written around the selection (or the word
 * at the cursor) and the picker opens where its address goes; inside a link, it edits the
 * address as Mod-k always does.
 */
const insertLinkAndPick: Command = (view) => {
  const before = view.state.selection.main;
  if (!insertLinkToPick(view)) return false;
  const after = view.state.selection.main;
  // Only when a new link was written: an existing one had its address selected instead.
  if (after.empty && !before.eq(after)) startCompletion(view);
  return true;
};

/**
 * Link completion, and nothing else: no other source runs, so typing prose costs one short
 * regular expression on the text before the cursor per key.
 */
export function linkCompletion(targets: () => readonly LinkTarget[]): Extension {
  return [
    autocompletion({
      override: [linkTargetSource(targets)],
      icons: false,
      maxRenderedOptions: 60,
      activateOnTypingDelay: 50,
    }),
    // Above the markdown shortcuts' own Mod-k (also high), which it replaces where posts can be picked.
    Prec.highest(keymap.of([{ key: 'Mod-k', run: insertLinkAndPick }])),
    // The editor's box clips what overflows it (it is size-contained): the list is laid out in
    // the page's body, so a long title or address shows whole over the preview.
    ...(typeof document === 'undefined' ? [] : [tooltips({ parent: document.body })]),
    // Titles in the app's font; a long address is cut, not pushed out of the window.
    EditorView.theme({
      '.cm-tooltip.cm-tooltip-autocomplete': { maxWidth: 'min(40rem, 90vw)' },
      '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'inherit' },
      '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { overflow: 'hidden', textOverflow: 'ellipsis' },
    }),
    // A picked address is its own undo step: Ctrl+Z takes back the pick, not the typing before it.
    EditorState.transactionExtender.of((tr) => (tr.isUserEvent('input.complete') ? { annotations: isolateHistory.of('full') } : null)),
  ];
}
