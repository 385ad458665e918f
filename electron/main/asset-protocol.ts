import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { confineToRoot } from '../../src/core/assets/confine-to-root';

export const ASSET_SCHEME = 'postdesk-asset';

/** Must run before the app is ready: lets <img> in the page and the preview use the scheme. */
export function registerAssetScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

/** `postdesk-asset://content/<root-relative path>`: images of the open site, nothing outside it. */
export function handleAssetProtocol(currentRoot: () => string | null): void {
  protocol.handle(ASSET_SCHEME, async (request) => {
    const root = currentRoot();
    if (!root) return new Response('No folder is open', { status: 404 });
    const url = new URL(request.url);
    const verdict = await confineToRoot(root, url.pathname.replace(/^\/+/, ''));
    if (!verdict.ok) return new Response(null, { status: verdict.status });
    try {
      return new Response(await readFile(verdict.path), { status: 200, headers: verdict.headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
