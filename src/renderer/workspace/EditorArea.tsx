import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { OpenSite } from '../../api/contract/site-schemas';
import type { Diagnostic } from '../../core/diagnostics';
import type { EntrySummary } from '../../core/site/site-model';
import type { Relations } from '../app/use-relations';
import type { ApiClient } from '../client/api-client';
import type { DocumentStore } from '../documents/document-store';
import type { OpenDocument } from '../documents/document-state';
import type { DocumentStats } from '../editor/word-count';
import { FrontmatterForm, focusField, type MediaImage } from '../form/FrontmatterForm';
import { contentPathOfRef } from './asset-ref';
import { ConflictBanner } from './ConflictBanner';
import { MarkdownEditor, type MarkdownEditorHandle } from './MarkdownEditor';
import { PreviewPane, type PreviewPaneHandle } from './PreviewPane';
import { fileToBase64, pickImageFile } from './read-file';
import { StatusBar } from './StatusBar';
import { useFieldSuggestions } from './use-field-suggestions';

/** The form re-renders only when its own inputs change, not on every keystroke in the body. */
const Form = memo(FrontmatterForm);

export interface EditorAreaHandle {
  reveal(diagnostic: Diagnostic): void;
  togglePreview(): void;
  flush(): void;
}

interface EditorAreaProps {
  client: ApiClient;
  store: DocumentStore;
  doc: OpenDocument;
  site: OpenSite;
  entries: EntrySummary[];
  relations: Relations;
  dark: boolean;
  onSave(): void;
  onOpenPost(file: string): void;
  onError(error: unknown): void;
}

export const EditorArea = forwardRef<EditorAreaHandle, EditorAreaProps>(function EditorArea(props, ref) {
  const { client, store, doc, site, entries, relations, dark, onError } = props;
  const editor = useRef<MarkdownEditorHandle>(null);
  const preview = useRef<PreviewPaneHandle>(null);
  const formPane = useRef<HTMLDivElement>(null);
  const [showForm, setShowForm] = useState(true);
  const [showPreview, setShowPreview] = useState(true);
  const [stats, setStats] = useState<DocumentStats>({ words: 0, readingMinutes: 0 });
  const [media, setMedia] = useState<MediaImage[]>([]);
  const collection = site.info.collections.find((c) => c.name === doc.collection);
  const body = store.bodyOf(doc);
  const suggestions = useFieldSuggestions(client, collection);

  useEffect(() => {
    client.call('media.list', {}).then(
      (images) => setMedia(images.map((image) => ({ ref: image.ref, url: client.assetUrl(image.path) }))),
      () => {},
    );
  }, [client]);

  const importImage = useCallback(
    async (file: File) => {
      const dataBase64 = await fileToBase64(file);
      return client.call('media.import', { post: doc.file, name: file.name || 'pasted-image.png', dataBase64 });
    },
    [client, doc.file],
  );

  const onPasteImage = useCallback(
    async (file: File) => {
      try {
        const result = await importImage(file);
        setMedia((current) => [{ ref: result.ref, url: client.assetUrl(result.path) }, ...current]);
        return result.markdown;
      } catch (error) {
        onError(error);
        return null;
      }
    },
    [client, importImage, onError],
  );

  const onPickImage = useCallback(async () => {
    const file = await pickImageFile();
    if (!file) return null;
    try {
      const result = await importImage(file);
      setMedia((current) => [{ ref: result.ref, url: client.assetUrl(result.path) }, ...current]);
      return result.ref;
    } catch (error) {
      onError(error);
      return null;
    }
  }, [client, importImage, onError]);

  const imageUrl = useCallback(
    (ref: string) => {
      const path = contentPathOfRef(ref, doc.file);
      return path ? client.assetUrl(path) : null;
    },
    [client, doc.file],
  );

  const openLink = useCallback(
    (href: string) => {
      const path = href.split(/[?#]/)[0]!.replace(/\/$/, '');
      const target = entries.find((e) => e.url === path || e.url === `${path}/`);
      if (target) props.onOpenPost(target.file);
      else onError(new Error(`${href} is not a post of this site${path.startsWith('/') ? ' (it may be a page of the site)' : ''}.`));
    },
    [entries, props, onError],
  );

  const openExternal = useCallback(
    (href: string) => {
      if (client.host === 'browser') window.open(href, '_blank', 'noopener,noreferrer');
      else void client.call('host.openExternal', { url: href });
    },
    [client],
  );

  useImperativeHandle(ref, () => ({
    reveal(d) {
      if (d.field && formPane.current) {
        setShowForm(true);
        if (focusField(formPane.current, d.field)) return;
      }
      const bodyLine = d.line - doc.bodyStartLine + 1;
      if (bodyLine >= 1) editor.current?.goToLine(bodyLine, d.column);
      else if (formPane.current && d.field) focusField(formPane.current, d.field);
    },
    togglePreview: () => setShowPreview((s) => !s),
    flush: () => editor.current?.flush(),
  }));

  const fields = useMemo(() => collection?.fields ?? [], [collection]);
  const file = doc.file;
  const onFieldChange = useCallback((path: string, value: unknown) => void store.setField(file, path, value).catch(onError), [store, file, onError]);

  return (
    <div className="pd-editor-area">
      <ConflictBanner client={client} doc={doc} onKeepMine={() => void store.resolveConflict(doc.file, 'mine')} onTakeTheirs={() => void store.resolveConflict(doc.file, 'theirs')} />
      {doc.readOnly && (
        <div className="pd-banner pd-banner-warning" role="status">
          <span>Opened read-only: {doc.readOnlyReason ?? 'this file cannot be edited here.'}</span>
        </div>
      )}
      {doc.saveError && (
        <div className="pd-banner pd-banner-error" role="alert">
          <span>Not saved: {doc.saveError} Your text is still here and kept in the draft journal.</span>
        </div>
      )}
      <div className="pd-pane-bar">
        <button type="button" aria-pressed={showForm} onClick={() => setShowForm((s) => !s)}>
          Fields
        </button>
        <button type="button" aria-pressed={showPreview} onClick={() => setShowPreview((s) => !s)}>
          Preview
        </button>
        <span className="pd-spacer" />
        <button
          type="button"
          className="pd-primary"
          disabled={doc.readOnly || doc.saving}
          onClick={() => {
            editor.current?.flush();
            props.onSave();
          }}
        >
          Save
        </button>
      </div>
      <div className="pd-panes">
        <div className="pd-form-pane" ref={formPane} hidden={!showForm} role="region" aria-label="Frontmatter">
          {collection ? (
            <Form
              key={doc.file}
              fields={fields}
              values={doc.values}
              rawValues={doc.rawValues}
              diagnostics={doc.diagnostics}
              readOnly={doc.readOnly}
              suggestions={suggestions}
              relationOptions={relations.options}
              mediaImages={media}
              imageUrl={imageUrl}
              onChange={onFieldChange}
              onPickImage={onPickImage}
            />
          ) : (
            <p className="pd-muted">This file is not part of a collection; only its text can be edited.</p>
          )}
        </div>
        <div className="pd-editor-pane">
          <MarkdownEditor
            ref={editor}
            body={body}
            bodyStartLine={doc.bodyStartLine}
            diagnostics={doc.diagnostics}
            readOnly={doc.readOnly}
            dark={dark}
            onChange={(next) => store.editBody(doc.file, next)}
            onEdit={(currentBody) => store.markEdited(doc.file, currentBody)}
            onTopLine={(line) => preview.current?.scrollToLine(line + doc.bodyStartLine - 1)}
            onStats={setStats}
            onPasteImage={onPasteImage}
          />
        </div>
        {showPreview && (
          <PreviewPane
            ref={preview}
            client={client}
            file={doc.file}
            text={doc.text}
            typing={!!doc.editing}
            dark={dark}
            onTopLine={(fileLine) => editor.current?.scrollToLine(Math.max(1, fileLine - doc.bodyStartLine + 1))}
            onOpenInternal={openLink}
            onOpenExternal={openExternal}
          />
        )}
      </div>
      <StatusBar doc={doc} words={stats.words} minutes={stats.readingMinutes} />
    </div>
  );
});
