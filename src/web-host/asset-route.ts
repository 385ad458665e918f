import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { confineToRoot } from '../core/assets/confine-to-root';
import { sameSecret } from './request-guard';

const PREFIX = '/asset/';

/**
 * Images of the open site for the preview and the form: `/asset/<token>/<root-relative path>`.
 * The token is in the path because an <img> in the sandboxed preview cannot send a header;
 * only files inside the content root, of image and media types, are served.
 */
export function createAssetRoute(token: string, currentRoot: () => string | null) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> => {
    if (!pathname.startsWith(PREFIX)) return false;
    const raw = (req.url ?? '').split('?')[0]!.slice(PREFIX.length);
    const slash = raw.indexOf('/');
    const given = slash < 0 ? raw : raw.slice(0, slash);
    const end = (status: number, text: string) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
      return true;
    };
    if (!sameSecret(decodeURIComponent(given), token)) return end(401, 'Unauthorized');
    if (req.method !== 'GET' && req.method !== 'HEAD') return end(405, 'Method not allowed');
    const root = currentRoot();
    if (!root) return end(404, 'No folder is open');
    const verdict = await confineToRoot(root, slash < 0 ? '' : raw.slice(slash + 1));
    if (!verdict.ok) return end(verdict.status, verdict.status === 403 ? 'Forbidden' : 'Not found');
    let body: Buffer;
    try {
      body = await readFile(verdict.path);
    } catch {
      return end(404, 'Not found');
    }
    res.writeHead(200, verdict.headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
