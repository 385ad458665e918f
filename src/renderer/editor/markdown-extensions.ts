import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { LanguageSupport } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { search, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, dropCursor, EditorView, highlightSpecialChars, keymap, placeholder } from '@codemirror/view';
import { chunkedMarkdownLanguage } from './chunked-markdown';
import { cursorBlinkWhenIdle } from './cursor-blink';
import { markdownShortcutKeymap } from './markdown-shortcuts';

/**
 * Markdown with GFM (tables, task lists, strikethrough, autolinks). Fenced code is
 * highlighted by its info string; each language's parser is loaded only when a block
 * needs it. HTML tag completion is off: there is no completion UI, only prose.
 * lang-markdown's own keymap (Enter continues lists and quotes, Backspace removes the
 * markup) comes with it; pasting a URL over selected text makes a link. The document is
 * parsed in chunks, so typing in a long post stays as fast as in a short one.
 */
export function markdownLanguageSupport(): LanguageSupport {
  const support = markdown({ base: markdownLanguage, codeLanguages: languages, completeHTMLTags: false });
  return new LanguageSupport(chunkedMarkdownLanguage(support.language), support.support);
}

/** Only brackets: quotes and backticks are left alone (apostrophes, code fences). */
const bracketPairs = EditorState.languageData.of(() => [{ closeBrackets: { brackets: ['(', '[', '{'] } }]);

/** The browser's (Electron's) spell checker and the accessible name of the text area. */
export function proseAttributes(ariaLabel: string): Extension {
  return EditorView.contentAttributes.of({
    spellcheck: 'true',
    autocorrect: 'on',
    autocapitalize: 'on',
    'aria-label': ariaLabel,
    // contenteditable is focusable anyway; the explicit tabindex tells audits (axe's
    // scrollable-region-focusable) that the scroller around it can be reached by keyboard.
    tabindex: '0',
  });
}

export interface MarkdownEditingConfig {
  ariaLabel?: string;
  placeholder?: string;
  /** The whole file (Source view): a leading `---` block is highlighted as YAML. */
  frontmatter?: boolean;
}

/**
 * Everything the body editor needs to edit markdown, without callbacks, theme or mode.
 * Left out on purpose, for a prose editor that must stay fast on 1 MB: line numbers, fold
 * gutter, active-line and selection-match highlighting, a linter source, and any completion
 * but the links' (link-completion.ts, added where the app has the site's posts).
 * Tab is not bound, so keyboard users can leave the editor with Tab (indent with Mod-]).
 */
export function markdownEditing(config: MarkdownEditingConfig = {}): Extension {
  return [
    config.frontmatter ? yamlFrontmatter({ content: markdownLanguageSupport() }) : markdownLanguageSupport(),
    markdownShortcutKeymap(),
    history(),
    drawSelection(),
    cursorBlinkWhenIdle(),
    dropCursor(),
    highlightSpecialChars(),
    EditorState.allowMultipleSelections.of(true),
    bracketPairs,
    closeBrackets(),
    search({ top: true }),
    lintGutter(),
    EditorView.lineWrapping,
    proseAttributes(config.ariaLabel ?? 'Post body'),
    placeholder(config.placeholder ?? 'Write the post here…'),
    keymap.of([...closeBracketsKeymap, ...searchKeymap, ...historyKeymap, ...lintKeymap, ...defaultKeymap]),
  ];
}
