import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ApiClient } from '../client/api-client';
import { errorMessage } from '../app/format';
import { attachPreviewLinks, scrollPreviewToLine, topPreviewLine } from './preview-frame';

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
 * The post as the site renders it, in a sandboxed frame that cannot run script. The frame
 * shares our origin only so this component can read its scroll position and catch clicks.
 */
export const PreviewPane = forwardRef<PreviewPaneHandle, PreviewPaneProps>(function PreviewPane(props, ref) {
  const { client, file, text, typing, dark } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const [srcDoc, setSrcDoc] = useState<string>();
  const [error, setError] = useState<string>();
  const latest = useRef(props);
  latest.current = props;
  const pendingLine = useRef<number | null>(null);
  const suppressScrollEvent = useRef(false);

  useEffect(() => {
    // A render that lands while the writer types would stall the keys that follow (a long
    // post's preview takes many milliseconds to lay out): wait, and drop one on its way.
    if (typing) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      client.call('preview.render', { file, text, dark }).then(
        (result) => {
          if (cancelled) return;
          setSrcDoc(result.document);
          setError(undefined);
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
      <iframe ref={frame} title="Preview" sandbox="allow-same-origin" srcDoc={srcDoc} referrerPolicy="no-referrer" />
    </div>
  );
});
