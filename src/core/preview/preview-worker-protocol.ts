import type { PreviewRender, RenderContext } from './preview-renderer';

export type ToPreviewWorker =
  /** `assetBase`: the URL prefix local images load from, read when the render is asked for. */
  | { type: 'render'; id: number; body: string; ctx?: RenderContext; assetBase?: string }
  | { type: 'reset' };

export type FromPreviewWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: PreviewRender }
  | { type: 'error'; id: number; message: string };
