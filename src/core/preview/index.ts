/** The live preview's public API (hosts and the API layer import from here). */
export { createPreviewRenderer } from './preview-renderer';
export type { PreviewRender, PreviewRenderer, PreviewRendererOptions, RenderContext, RenderedBlock } from './preview-renderer';
export { createPreviewWorker, PreviewSuperseded } from './preview-worker';
export type { PreviewWorker, PreviewWorkerOptions } from './preview-worker';
export { renderMarkdown } from './render-markdown';
export { stripDataLines } from './data-line';
export type { Heading } from './heading-ids';
export { renderPostHeaderHtml, formatPostDate } from './post-header';
export type { PostHeader, PostHeaderOptions } from './post-header';
export { buildPreviewDocument, previewCsp } from './preview-document';
export type { PreviewDocumentOptions } from './preview-document';
export { PREVIEW_FRAME_SANDBOX, classifyPreviewLink } from '../../shared/preview-frame';
export type { PreviewLink } from '../../shared/preview-frame';
export { sanitizePreviewHtml } from './sanitize-preview';
export { proseCss } from './prose-css';
