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
