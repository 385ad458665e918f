import type { PreviewRender, RenderContext } from './preview-renderer';

export type ToPreviewWorker =
  | { type: 'render'; id: number; body: string; ctx?: RenderContext }
  | { type: 'reset' };

export type FromPreviewWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: PreviewRender }
  | { type: 'error'; id: number; message: string };
