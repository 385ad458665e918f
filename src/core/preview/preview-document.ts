import { proseCss } from './prose-css';

export interface PreviewDocumentOptions {
  /** Safe HTML of the post header (renderPostHeader). */
  headerHtml?: string;
  /** Safe HTML of the body (PreviewRender.previewHtml). */
  bodyHtml: string;
  /** 'auto' follows the system (prefers-color-scheme). Default 'auto'. */
  theme?: 'light' | 'dark' | 'auto';
  /** Extra CSS after the typography. */
  baseCss?: string;
  /**
   * CSP sources images and media may load from: the host's asset route, e.g.
   * 'postdesk-asset:' or 'http://127.0.0.1:4310/api/asset/' (a path limits it further).
   * Only local sources are kept: the preview never loads anything from the network.
   */
  assetSources?: string[];
  lang?: string;
}

/** Characters that could end a CSP directive or the attribute holding it. */
const UNSAFE_SOURCE = /[\s;,'"<>*]/;
/** The loopback host's own address, or an app scheme that never reaches the network. */
const LOCAL_SOURCE = /^(?:https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+\/\S*|(?!(?:https?|wss?|ftp|file|data|blob):)[a-z][a-z0-9+.-]*:)$/i;

/**
 * Content-Security-Policy of the preview document, its own second layer under the frame's
 * sandbox: no script, no frames, no forms, no base URL, no fonts or styles from outside, and
 * images only from the asset route and data:. Nothing remote, ever: a post's remote image
 * would tell its server that (and when) the writer previewed it.
 */
export function previewCsp(options: Pick<PreviewDocumentOptions, 'assetSources'> = {}): string {
  const sources = (options.assetSources ?? []).filter((source) => source && !UNSAFE_SOURCE.test(source) && LOCAL_SOURCE.test(source));
  const images = [...sources, 'data:'].join(' ');
  const media = sources.length > 0 ? sources.join(' ') : "'none'";
  return [
    "default-src 'none'",
    "script-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'none'",
    "connect-src 'none'",
    `img-src ${images}`,
    `media-src ${media}`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The whole srcdoc of the preview iframe, shown with PREVIEW_FRAME_SANDBOX (see
 * preview-frame.ts). The body goes in #pd-body, the header in #pd-header, so a host can
 * also update them in place.
 */
export function buildPreviewDocument(options: PreviewDocumentOptions): string {
  const theme = options.theme ?? 'auto';
  const lang = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/.test(options.lang ?? '') ? options.lang! : 'en';
  const css = `${proseCss}\n${options.baseCss ?? ''}`.replace(/<\/style/gi, '<\\/style');
  return [
    '<!doctype html>',
    `<html lang="${lang}" class="${theme}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewCsp(options))}">`,
    '<meta name="referrer" content="no-referrer">',
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<article class="pd-article">',
    `<div id="pd-header">${options.headerHtml ?? ''}</div>`,
    `<div id="pd-body" class="prose">${options.bodyHtml}</div>`,
    '</article>',
    '</body>',
    '</html>',
  ].join('\n');
}
