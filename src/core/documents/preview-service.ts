import { join } from 'node:path';
import { assetUrlPath } from '../assets/resolve-asset-path';
import { createImageMapper } from '../assets/rewrite-image-urls';
import { renderPostHeaderHtml } from '../preview/post-header';
import { buildPreviewDocument } from '../preview/preview-document';
import { PREVIEW_BODY_SLOT, PREVIEW_HEADER_SLOT } from '../../shared/preview-slots';
import { createPreviewWorker, PreviewSuperseded, type PreviewWorker } from '../preview/preview-worker';
import { readFields } from '../roundtrip/read-fields';
import { getBody, lineNumberAt, parseSource } from '../roundtrip/split-source';
import type { SiteModel } from '../site/site-model';
import { UserError } from '../user-error';
import { formRefusal } from './form-refusal';
import { relationOptions } from './site-queries';

export interface PreviewServiceOptions {
  /**
   * Where the preview loads content files from, read at each render (a host may know its
   * address only once it listens): `base` is the URL prefix (root-relative path appended),
   * `source` the CSP source for it.
   */
  assetRoute(): { base: string; source: string };
}

/**
 * Renders posts of one site for the preview frame: the body in a worker thread with the
 * block cache, the header from the frontmatter, wrapped in the sandboxed document.
 */
export function createPreviewService(site: SiteModel, options: PreviewServiceOptions) {
  const root = site.info.root;
  let worker: PreviewWorker | null = null;
  const startWorker = (): PreviewWorker =>
    (worker ??= createPreviewWorker({ root, assetBase: () => options.assetRoute().base }));
  let authorNames: Promise<Map<string, string>> | null = null;

  function authors(): Promise<Map<string, string>> {
    authorNames ??= (async () => {
      const names = new Map<string, string>();
      for (const c of site.info.collections) {
        const author = c.fields.find((f) => f.name === 'author' && f.relation)?.relation;
        if (!author) continue;
        for (const o of await relationOptions(site, author.collection, author.valueField, author.displayField)) names.set(o.value, o.label);
      }
      return names;
    })();
    return authorNames;
  }

  return {
    /** Starts the worker ahead of the first preview: it warms up while the writer picks a post. */
    prepare(): void {
      startWorker();
    },
    /** The post's preview in parts: the frame's document with slots, the header and the body's blocks. */
    async render(file: string, text: string, dark: boolean): Promise<{ shell: string; header: string; blocks: string[] }> {
      const worker = startWorker();
      const parts = parseSource(text);
      const body = getBody(text, parts);
      const lineOffset = parts.hasFrontmatter ? lineNumberAt(text, parts.body.start) - 1 : 0;
      let rendered;
      try {
        rendered = await worker.render(body, { lineOffset, file });
      } catch (error) {
        if (error instanceof PreviewSuperseded) throw new UserError('conflict', 'A newer preview replaced this one.');
        throw error;
      }
      const names = await authors();
      const route = options.assetRoute();
      // Past the form's limit the header shows no fields: reading them would hold up the app.
      const fields = formRefusal(text) ? {} : readFields(text).data;
      // The header (and whether it shows a reading time) is the site's theme's: its profile builds it.
      const header = site.profile().postHeader(fields, {
        authorName: (slug) => names.get(slug),
        image: createImageMapper({ root, file: join(root, file), assetUrl: (abs) => `${route.base}${assetUrlPath(root, abs)}` }),
        body,
      });
      const headerHtml = renderPostHeaderHtml(header);
      const shell = buildPreviewDocument({ headerHtml: PREVIEW_HEADER_SLOT, bodyHtml: PREVIEW_BODY_SLOT, theme: dark ? 'dark' : 'light', assetSources: [route.source] });
      return { shell, header: headerHtml, blocks: rendered.blocks.map((block) => block.previewHtml) };
    },
    /** Files were added or removed: images that were missing may exist now. */
    reset() {
      worker?.reset();
      authorNames = null;
    },
    async dispose() {
      await worker?.dispose();
      worker = null;
    },
  };
}

export type PreviewService = ReturnType<typeof createPreviewService>;
