import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { Diagnostic } from '../../shared/diagnostics';
import { createMarkdownEditor, type MarkdownEditor as EditorInstance } from '../editor/create-markdown-editor';
import type { ImagePasteCallbacks } from '../editor/image-paste';
import type { LinkTarget } from '../editor/link-completion';
import type { DocumentStats } from '../editor/word-count';

export interface MarkdownEditorHandle {
  scrollToLine(line: number): void;
  goToLine(line: number, column?: number): void;
  focus(): void;
  insertText(text: string): void;
  setImageAlt(ref: string, alt: string): boolean;
  /** Hands pending edits to onChange now (before a save). */
  flush(): void;
}

interface MarkdownEditorProps {
  /** The editor's part of the post: the body, or the whole file in the Source view. */
  text: string;
  /** The file line the editor's first line is (1 in the Source view). */
  firstLine: number;
  /** The whole file (Source view): mounted with YAML highlighting for the frontmatter. */
  source: boolean;
  diagnostics: Diagnostic[];
  readOnly: boolean;
  dark: boolean;
  onChange(text: string): void;
  /** Edits were made that onChange has not reported yet; `currentText` reads them. */
  onEdit(currentText: () => string): void;
  onTopLine(line: number): void;
  onStats(stats: DocumentStats): void;
  images: ImagePasteCallbacks;
  /** What a link typed in the editor may point at. */
  linkTargets(): readonly LinkTarget[];
}

/** Mounts the CodeMirror editor once per post and view; later props flow in without re-creating it. */
export const MarkdownEditor = forwardRef<MarkdownEditorHandle, MarkdownEditorProps>(function MarkdownEditor(props, ref) {
  const parent = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorInstance | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!parent.current) return;
    const instance = createMarkdownEditor(parent.current, {
      doc: latest.current.text,
      readOnly: latest.current.readOnly,
      dark: latest.current.dark,
      frontmatter: latest.current.source,
      ariaLabel: latest.current.source ? 'Post source (frontmatter and markdown)' : 'Post body (markdown)',
      onChange: (doc) => latest.current.onChange(doc),
      onEdit: () => latest.current.onEdit(() => instance.getDoc()),
      onScroll: (line) => latest.current.onTopLine(line),
      onStats: (stats) => latest.current.onStats(stats),
      linkTargets: () => latest.current.linkTargets(),
      images: {
        store: (file) => latest.current.images.store(file),
        inserted: (images) => latest.current.images.inserted?.(images),
        removed: (image) => latest.current.images.removed?.(image),
        restored: (image) => latest.current.images.restored?.(image),
      },
    });
    editor.current = instance;
    return () => {
      instance.destroy();
      editor.current = null;
    };
  }, []);

  // setDoc ignores the text the editor itself last reported, so echoes never undo typing.
  useEffect(() => editor.current?.setDoc(props.text), [props.text]);
  useEffect(() => editor.current?.setDark(props.dark), [props.dark]);
  useEffect(() => editor.current?.setReadOnly(props.readOnly), [props.readOnly]);
  useEffect(() => editor.current?.setDiagnostics(props.diagnostics, props.firstLine), [props.diagnostics, props.firstLine]);

  useImperativeHandle(ref, () => ({
    scrollToLine: (line) => editor.current?.scrollToLine(line),
    goToLine: (line, column) => editor.current?.goToLine(line, column),
    focus: () => editor.current?.focus(),
    insertText: (text) => editor.current?.insertText(text),
    setImageAlt: (imageRef, alt) => editor.current?.setImageAlt(imageRef, alt) ?? false,
    flush: () => editor.current?.flush(),
  }));

  return <div ref={parent} className="pd-editor" />;
});
