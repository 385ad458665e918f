import type { Workspace } from '../../core/app/workspace';
import { createPreviewService, type PreviewService } from '../../core/documents/preview-service';
import type { SiteModel } from '../../core/site/site-model';
import type { HostCapabilities } from './host-capabilities';
import type { Handlers } from './router';

/** One preview service (and its worker) for the open site, replaced when the site changes. */
export function previewHandlers(deps: { workspace: Workspace; host: HostCapabilities }) {
  let current: { site: SiteModel; service: PreviewService } | null = null;
  const service = () => {
    const site = deps.workspace.require();
    if (current?.site !== site) {
      void current?.service.dispose();
      current = { site, service: createPreviewService(site, { assetRoute: () => deps.host.assetRoute() }) };
    }
    return current.service;
  };
  return {
    handlers: {
      'preview.render': async ({ file, text, dark }) => service().render(file, text, dark),
    } satisfies Partial<Handlers>,
    /** A site was opened: its preview worker starts now, so the first preview finds it warm. */
    siteOpened: () => service().prepare(),
    /** Files appeared or disappeared: a missing image may be there now. */
    filesChanged: () => current?.service.reset(),
    dispose: async () => {
      await current?.service.dispose();
      current = null;
    },
  };
}
