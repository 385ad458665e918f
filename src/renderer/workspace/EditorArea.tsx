import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { OpenSite } from '../../api/contract/site-schemas';
import { bodyLineOf, fileLineOf } from '../../shared/body-lines';
import type { Diagnostic } from '../../shared/diagnostics';
import type { EntrySummary } from '../../shared/site-model';
import type { Relations } from '../app/use-relations';
import type { ApiClient } from '../client/api-client';
import type { DocumentStore } from '../documents/document-store';
import type { OpenDocument } from '../documents/document-state';
import type { DocumentStats } from '../editor/word-count';
import { FrontmatterForm, focusField, type MediaImage } from '../form/FrontmatterForm';
import { flushPendingDrafts } from '../form/pending-drafts';
import { AltTextPrompt } from './AltTextPrompt';
import { contentPathOfRef } from '../../shared/asset-ref';
import { ConflictBanner } from './ConflictBanner';
import { DocumentBanners } from './DocumentBanners';
import { MarkdownEditor, type MarkdownEditorHandle } from './MarkdownEditor';
import { PreviewPane, type PreviewPaneHandle } from './PreviewPane';
import { pickImageFile } from './read-file';
import { StatusBar } from './StatusBar';
import { useFieldSuggestions } from './use-field-suggestions';
import { usePastedImages } from './use-pasted-images';
import { useLinkTargets } from './use-link-targets';

/** The form re-renders only when its own inputs change, not on every keystroke in the body. */
const Form = memo(FrontmatterForm);

export interface EditorAreaHandle {
  reveal(diagnostic: Diagnostic): void;
  togglePreview(): void;
  /** Hands the editor's and the form's pending edits to the store now. */
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

/** Notes about how values were written, shown under their fields (never in Problems). */
function withNotes(doc: OpenDocument): Diagnostic[] {
  if (doc.notes.length === 0) return doc.diagnostics;
  const notes = doc.notes.map((n): Diagnostic => ({ file: doc.file, line: 1, column: 1, rule: 'schema', severity: 'info', message: n.message, field: n.field }));
  return [...doc.diagnostics, ...notes];
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
  const editorText = store.editorTextOf(doc);
  const firstLine = doc.source ? 1 : doc.bodyStartLine;
  const suggestions = useFieldSuggestions(client, collection);
  const file = doc.file;

  useEffect(() => {
    client.call('media.list', {}).then(
      (images) => setMedia(images.map((image) => ({ ref: image.ref, url: client.assetUrl(image.path) }))),
      () => {},
    );
  }, [client]);

  const addMedia = useCallback((image: MediaImage) => setMedia((current) => [image, ...current]), []);
  const images = usePastedImages(client, store, file, addMedia, onError);

  const onPickImage = useCallback(async () => {
    const picked = await pickImageFile();
    if (!picked) return null;
    try {
      return (await images.importImage(picked)).ref;
    } catch (error) {
      onError(error);
      return null;
    }
  }, [images, onError]);

  const imageUrl = useCallback(
    (imageRef: string) => {
      const path = contentPathOfRef(imageRef, file);
      return path ? client.assetUrl(path) : null;
    },
    [client, file],
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

  const flush = useCallback(() => {
    editor.current?.flush();
    flushPendingDrafts();
  }, []);

  const setSource = useCallback(
    (source: boolean) => {
      flush();
      store.setSource(file, source).catch(onError);
    },
    [flush, store, file, onError],
  );

  useImperativeHandle(ref, () => ({
    reveal(d) {
      if (d.field && formPane.current && !doc.source) {
        setShowForm(true);
        if (focusField(formPane.current, d.field)) return;
      }
      const line = bodyLineOf(d.line, firstLine);
      if (line !== null) editor.current?.goToLine(line, d.column);
      else if (formPane.current && d.field) focusField(formPane.current, d.field);
    },
    togglePreview: () => setShowPreview((s) => !s),
    flush,
  }));

  const fields = useMemo(() => collection?.fields ?? [], [collection]);
  const linkTargets = useLinkTargets(entries, file);
  const diagnostics = useMemo(() => withNotes(doc), [doc]);
  const onFieldChange = useCallback((path: string, value: unknown) => void store.setField(file, path, value), [store, file]);
  const asking = images.asking;

  return (
    <div className="pd-editor-area">
      <ConflictBanner client={client} doc={doc} onKeepMine={() => void store.resolveConflict(file, 'mine')} onTakeTheirs={() => void store.resolveConflict(file, 'theirs')} />
      <DocumentBanners doc={doc} onDiscardRestored={() => void store.discardChanges(file).catch(onError)} />
      {asking && (
        <AltTextPrompt
          key={asking.path}
          name={asking.path.split('/').pop() ?? asking.path}
          suggestion={asking.alt}
          onSubmit={(alt) => {
            editor.current?.setImageAlt(asking.ref, alt);
            images.answered(asking);
            editor.current?.focus();
          }}
          onSkip={() => {
            images.answered(asking);
            editor.current?.focus();
          }}
        />
      )}
      <div className="pd-pane-bar">
        <button type="button" aria-pressed={showForm} onClick={() => setShowForm((s) => !s)}>
          Fields
        </button>
        <button type="button" aria-pressed={doc.source} title="Edit the whole file, frontmatter included, as text" onClick={() => setSource(!doc.source)}>
          Source
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
            flush();
            props.onSave();
          }}
        >
          Save
        </button>
      </div>
      <div className="pd-panes">
        <div className="pd-form-pane" ref={formPane} hidden={!showForm} role="region" aria-label="Frontmatter">
          {doc.unreadable ? (
            <p className="pd-form-note pd-form-note-warning" role="note">
              The form is unavailable: the frontmatter cannot be read (line {doc.unreadable.line}: {doc.unreadable.message.replace(/\.$/, '')}). Fix it
              in the editor; the fields come back as soon as it reads correctly.
            </p>
          ) : collection ? (
            <>
              {doc.source && (
                <div className="pd-form-note" role="note">
                  The editor shows the whole file. The fields show what it says;{' '}
                  <button type="button" className="pd-link" onClick={() => setSource(false)}>
                    edit them here
                  </button>{' '}
                  when Source is off.
                </div>
              )}
              <Form
                key={`${file}#${doc.formRevision}`}
                fields={fields}
                values={doc.values}
                rawValues={doc.rawValues}
                diagnostics={diagnostics}
                readOnly={doc.readOnly || doc.source}
                suggestions={suggestions}
                relationOptions={relations.options}
                mediaImages={media}
                imageUrl={imageUrl}
                onChange={onFieldChange}
                onPickImage={onPickImage}
              />
            </>
          ) : (
            <p className="pd-muted">This file is not part of a collection; only its text can be edited.</p>
          )}
        </div>
        <div className="pd-editor-pane">
          <MarkdownEditor
            ref={editor}
            key={doc.source ? 'source' : 'body'}
            text={editorText}
            firstLine={firstLine}
            source={doc.source}
            diagnostics={doc.diagnostics}
            readOnly={doc.readOnly}
            dark={dark}
            // Each editor reports in terms of the view it shows, even while the tab switches view.
            onChange={(next) => store.editText(file, next, doc.source)}
            onEdit={(currentText) => store.markEdited(file, currentText, doc.source)}
            onTopLine={(line) => preview.current?.scrollToLine(fileLineOf(line, firstLine))}
            onStats={setStats}
            images={images.callbacks}
            linkTargets={linkTargets}
          />
        </div>
        {showPreview && (
          <PreviewPane
            ref={preview}
            client={client}
            file={file}
            text={doc.text}
            typing={!!doc.editing}
            dark={dark}
            onTopLine={(fileLine) => editor.current?.scrollToLine(bodyLineOf(fileLine, firstLine) ?? 1)}
            siteUrl={site.info.siteUrl}
            onOpenInternal={openLink}
            onOpenExternal={openExternal}
          />
        )}
      </div>
      <StatusBar doc={doc} words={stats.words} minutes={stats.readingMinutes} />
    </div>
  );
});
