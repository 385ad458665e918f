import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { createMarkdownEditor, type MarkdownEditor as EditorInstance } from '../editor/create-markdown-editor';
import type { DocumentStats } from '../editor/word-count';

export interface MarkdownEditorHandle {
  scrollToLine(bodyLine: number): void;
  goToLine(bodyLine: number, column?: number): void;
  focus(): void;
  insertText(text: string): void;
  /** Hands pending edits to onChange now (before a save). */
  flush(): void;
}

interface MarkdownEditorProps {
  body: string;
  bodyStartLine: number;
  diagnostics: Diagnostic[];
  readOnly: boolean;
  dark: boolean;
  onChange(body: string): void;
  /** Edits were made that onChange has not reported yet; `currentBody` reads them. */
  onEdit(currentBody: () => string): void;
  onTopLine(bodyLine: number): void;
  onStats(stats: DocumentStats): void;
  onPasteImage(file: File): Promise<string | null>;
}

/** Mounts the CodeMirror editor once per post; later props flow in without re-creating it. */
export const MarkdownEditor = forwardRef<MarkdownEditorHandle, MarkdownEditorProps>(function MarkdownEditor(props, ref) {
  const parent = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorInstance | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!parent.current) return;
    const instance = createMarkdownEditor(parent.current, {
      doc: latest.current.body,
      readOnly: latest.current.readOnly,
      dark: latest.current.dark,
      ariaLabel: 'Post body (markdown)',
      onChange: (doc) => latest.current.onChange(doc),
      onEdit: () => latest.current.onEdit(() => instance.getDoc()),
      onScroll: (line) => latest.current.onTopLine(line),
      onStats: (stats) => latest.current.onStats(stats),
      onPasteImage: (file) => latest.current.onPasteImage(file),
    });
    editor.current = instance;
    return () => {
      instance.destroy();
      editor.current = null;
    };
  }, []);

  // setDoc ignores the text the editor itself last reported, so echoes never undo typing.
  useEffect(() => editor.current?.setDoc(props.body), [props.body]);
  useEffect(() => editor.current?.setDark(props.dark), [props.dark]);
  useEffect(() => editor.current?.setReadOnly(props.readOnly), [props.readOnly]);
  useEffect(() => editor.current?.setDiagnostics(props.diagnostics, props.bodyStartLine), [props.diagnostics, props.bodyStartLine]);

  useImperativeHandle(ref, () => ({
    scrollToLine: (line) => editor.current?.scrollToLine(line),
    goToLine: (line, column) => editor.current?.goToLine(line, column),
    focus: () => editor.current?.focus(),
    insertText: (text) => editor.current?.insertText(text),
    flush: () => editor.current?.flush(),
  }));

  return <div ref={parent} className="pd-editor" />;
});
