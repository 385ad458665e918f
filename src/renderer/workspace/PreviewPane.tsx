import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ApiClient } from '../client/api-client';
import { errorMessage } from '../app/format';
import { PREVIEW_FRAME_SANDBOX, type Preview } from '../../api/contract/doc-schemas';
import { attachPreviewLinks, patchPreviewBody, scrollPreviewToLine, topPreviewLine } from './preview-frame';
import { composePreviewDocument, diffPreviewBlocks } from './preview-patch';

export interface PreviewPaneHandle {
  /** Follows the editor: brings the block of this whole-file line to the top. */
  scrollToLine(fileLine: number): void;
}

interface PreviewPaneProps {
  client: ApiClient;
  file: string;
  text: string;
  /** The writer is typing (edits not in `text` yet): the preview waits for the pause. */
  typing: boolean;
  dark: boolean;
  /** The preview was scrolled by the writer: the editor should follow to this whole-file line. */
  onTopLine(fileLine: number): void;
  onOpenInternal(href: string): void;
  onOpenExternal(href: string): void;
}

const RENDER_DELAY_MS = 150;

/**
 * The post as the site renders it, in a sandboxed frame that cannot run script (two layers:
 * the sandbox, and the frame document's own CSP). The frame shares our origin only so this
 * component can read its scroll position and catch clicks.
 */
export const PreviewPane = forwardRef<PreviewPaneHandle, PreviewPaneProps>(function PreviewPane(props, ref) {
  const { client, file, text, typing, dark } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const [error, setError] = useState<string>();
  const latest = useRef(props);
  latest.current = props;
  const pendingLine = useRef<number | null>(null);
  const suppressScrollEvent = useRef(false);
  /** What the frame shows, and its document once loaded: the next render patches it in place. */
  const shown = useRef<{ file: string; preview: Preview; doc: Document | null } | null>(null);

  useEffect(() => {
    // A render that lands while the writer types would stall the keys that follow (a long
    // post's preview takes many milliseconds to lay out): wait, and drop one on its way.
    if (typing) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      client.call('preview.render', { file, text, dark }).then(
        (result) => {
          if (cancelled) return;
          setError(undefined);
          const current = shown.current;
          const doc = frame.current?.contentDocument;
          if (current?.doc && current.doc === doc && current.file === file && current.preview.shell === result.shell) {
            const patch = diffPreviewBlocks(current.preview.blocks, result.blocks);
            const header = result.header === current.preview.header ? null : result.header;
            if (patchPreviewBody(doc, patch, current.preview.blocks.length, header)) {
              shown.current = { file, preview: result, doc };
              return;
            }
          }
          // First render, another post or theme, or a frame that is not as shown: a new document.
          // Set on the element, not through React: the same text again must still reload a patched frame.
          shown.current = { file, preview: result, doc: null };
          if (frame.current) frame.current.srcdoc = composePreviewDocument(result);
        },
        (e: unknown) => !cancelled && setError(errorMessage(e)),
      );
    }, RENDER_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, file, text, typing, dark]);

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    const onLoad = () => {
      const doc = iframe.contentDocument;
      if (!doc) return;
      if (shown.current) shown.current.doc = doc;
      attachPreviewLinks(doc, {
        internal: (href) => latest.current.onOpenInternal(href),
        external: (href) => latest.current.onOpenExternal(href),
      });
      if (pendingLine.current !== null) scrollPreviewToLine(doc, pendingLine.current);
      doc.defaultView?.addEventListener('scroll', () => {
        if (suppressScrollEvent.current) {
          suppressScrollEvent.current = false;
          return;
        }
        const line = topPreviewLine(doc);
        if (line !== null) latest.current.onTopLine(line);
      });
    };
    iframe.addEventListener('load', onLoad);
    return () => iframe.removeEventListener('load', onLoad);
  }, []);

  useImperativeHandle(ref, () => ({
    scrollToLine(fileLine) {
      pendingLine.current = fileLine;
      const doc = frame.current?.contentDocument;
      if (doc && scrollPreviewToLine(doc, fileLine)) suppressScrollEvent.current = true;
    },
  }));

  return (
    <div className="pd-preview-pane">
      <div className="pd-pane-bar">
        <span>Preview</span>
        {error && (
          <span role="alert" className="pd-error-text">
            {error}
          </span>
        )}
      </div>
      <iframe ref={frame} title="Preview" sandbox={PREVIEW_FRAME_SANDBOX} referrerPolicy="no-referrer" />
    </div>
  );
});
