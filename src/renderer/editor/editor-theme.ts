import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/**
 * One highlight style for both modes: it names colours as CSS variables, and the light and
 * dark themes below define them. The app can restyle the editor by setting the public
 * variables (`--pd-editor-*`, `--pd-md-*`, `--pd-code-*`, as listed below, plus
 * `--pd-editor-font`, `--pd-editor-font-size`, `--pd-editor-mono`) on an ancestor.
 */
const markdownHighlight = HighlightStyle.define([
  { tag: t.heading1, fontWeight: '700', fontSize: '1.4em', color: 'var(--pdi-md-heading)' },
  { tag: t.heading2, fontWeight: '700', fontSize: '1.25em', color: 'var(--pdi-md-heading)' },
  { tag: t.heading3, fontWeight: '700', fontSize: '1.1em', color: 'var(--pdi-md-heading)' },
  { tag: [t.heading4, t.heading5, t.heading6], fontWeight: '700', color: 'var(--pdi-md-heading)' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: t.link, color: 'var(--pdi-md-link)' },
  { tag: t.url, color: 'var(--pdi-md-url)', textDecoration: 'underline' },
  { tag: t.monospace, fontFamily: 'var(--pdi-editor-mono)', color: 'var(--pdi-md-code)' },
  { tag: t.quote, color: 'var(--pdi-md-quote)', fontStyle: 'italic' },
  { tag: [t.processingInstruction, t.contentSeparator, t.labelName], color: 'var(--pdi-md-mark)' },
  { tag: [t.comment, t.meta], color: 'var(--pdi-md-comment)' },
  { tag: [t.escape, t.character], color: 'var(--pdi-md-mark)' },
  { tag: t.list, color: 'inherit' },
  // Fenced code, highlighted by the language of its info string.
  { tag: [t.keyword, t.operatorKeyword, t.modifier], color: 'var(--pdi-code-keyword)' },
  { tag: [t.string, t.special(t.string), t.regexp], color: 'var(--pdi-code-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--pdi-code-number)' },
  { tag: [t.typeName, t.className, t.namespace], color: 'var(--pdi-code-type)' },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: 'var(--pdi-code-function)' },
  { tag: [t.propertyName, t.attributeName, t.tagName], color: 'var(--pdi-code-property)' },
  { tag: t.invalid, color: 'var(--pdi-code-invalid)' },
]);

// Contrast ≥ 4.5:1 against the editor background in both modes, dimmed marks included.
const lightColors = {
  '--pd-editor-bg': '#ffffff',
  '--pd-editor-fg': '#1f2328',
  '--pd-editor-caret': '#1f2328',
  '--pd-editor-selection': '#b6d7ff',
  '--pd-md-heading': '#0b3a75',
  '--pd-md-link': '#0550ae',
  '--pd-md-url': '#57606a',
  '--pd-md-code': '#953800',
  '--pd-md-quote': '#4d5660',
  '--pd-md-mark': '#5e6772',
  '--pd-md-comment': '#5e6772',
  '--pd-code-keyword': '#a0111f',
  '--pd-code-string': '#0a3069',
  '--pd-code-number': '#0550ae',
  '--pd-code-type': '#8a4600',
  '--pd-code-function': '#6639ba',
  '--pd-code-property': '#116329',
  '--pd-code-invalid': '#a0111f',
};

const darkColors: typeof lightColors = {
  '--pd-editor-bg': '#1b1d21',
  '--pd-editor-fg': '#e6e8eb',
  '--pd-editor-caret': '#e6e8eb',
  '--pd-editor-selection': '#264f78',
  '--pd-md-heading': '#8cc4ff',
  '--pd-md-link': '#6cb6ff',
  '--pd-md-url': '#a2abb5',
  '--pd-md-code': '#ffa657',
  '--pd-md-quote': '#b1bac4',
  '--pd-md-mark': '#9aa4ae',
  '--pd-md-comment': '#9aa4ae',
  '--pd-code-keyword': '#ff7b72',
  '--pd-code-string': '#a5d6ff',
  '--pd-code-number': '#79c0ff',
  '--pd-code-type': '#ffa657',
  '--pd-code-function': '#d2a8ff',
  '--pd-code-property': '#7ee787',
  '--pd-code-invalid': '#ff7b72',
};

/**
 * The highlight style reads `--pdi-*`; each is the app's `--pd-*` variable when an ancestor
 * sets it, else the default of the mode.
 */
function withFallbacks(colors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(colors).map(([name, value]) => [name.replace('--pd-', '--pdi-'), `var(${name}, ${value})`]),
  );
}

function baseTheme(colors: Record<string, string>, dark: boolean): Extension {
  return EditorView.theme(
    {
      '&': {
        ...withFallbacks(colors),
        height: '100%',
        color: 'var(--pdi-editor-fg)',
        backgroundColor: 'var(--pdi-editor-bg)',
        '--pdi-editor-mono': 'var(--pd-editor-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace)',
      },
      '.cm-scroller': {
        overflow: 'auto',
        fontFamily: 'var(--pd-editor-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif)',
        fontSize: 'var(--pd-editor-font-size, 16px)',
        lineHeight: '1.6',
      },
      '.cm-content': { padding: '16px 0', caretColor: 'var(--pdi-editor-caret)' },
      '.cm-line': { padding: '0 20px' },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--pdi-editor-caret)' },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
        { backgroundColor: 'var(--pdi-editor-selection)' },
      '.cm-placeholder': { color: 'var(--pdi-md-mark)' },
      '.cm-panels': { backgroundColor: 'var(--pdi-editor-bg)', color: 'var(--pdi-editor-fg)' },
      '.cm-searchMatch': { backgroundColor: dark ? '#6e5a0080' : '#ffdf5d80', outline: '1px solid #bf8700' },
      '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: dark ? '#9e6a03' : '#ffb000' },
      '.cm-pendingImage': {
        padding: '0 6px',
        borderRadius: '4px',
        fontSize: '0.85em',
        color: 'var(--pdi-md-mark)',
        border: '1px dashed var(--pdi-md-mark)',
      },
      '.cm-gutters': { backgroundColor: 'var(--pdi-editor-bg)', border: 'none' },
    },
    { dark },
  );
}

export function editorTheme(dark: boolean): Extension {
  return [baseTheme(dark ? darkColors : lightColors, dark), syntaxHighlighting(markdownHighlight)];
}
