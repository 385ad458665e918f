import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

/**
 * A page on another site can make the browser talk to 127.0.0.1 (and, with DNS rebinding,
 * under another host name). So: the Host header must name exactly our loopback address and
 * port, and every API request must carry the launch token in a header that no cross-origin
 * page can set without a CORS preflight, which this server never answers.
 */
export function checkHost(req: IncomingMessage, port: number): GuardVerdict {
  const host = req.headers.host ?? '';
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (!allowed.includes(host.toLowerCase())) {
    return { ok: false, status: 403, message: 'Forbidden: this server answers only to its loopback address.' };
  }
  return { ok: true };
}

/**
 * A browser names the page that made a request in `Origin` (always for a POST, for any
 * cross-origin fetch, and as "null" from a sandboxed or file: page). Only our own page may
 * call: a foreign page that learned the token (a leaked URL, a copied link) still gets 403.
 * Requests without Origin (images, the address bar, command-line tools) are not refused here.
 */
export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const origin = req.headers.origin;
  if (origin === undefined) return { ok: true };
  const allowed = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];
  if (!allowed.includes(origin.toLowerCase())) {
    return { ok: false, status: 403, message: 'Forbidden: only the Postdesk page served by this server may call it.' };
  }
  return { ok: true };
}

export function checkToken(req: IncomingMessage, token: string): GuardVerdict {
  const given = req.headers['x-postdesk-token'];
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    return { ok: false, status: 401, message: 'Unauthorized: open Postdesk with the URL printed at launch.' };
  }
  return { ok: true };
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
