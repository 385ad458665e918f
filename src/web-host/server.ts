import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../api/server/backend';
import { checkHost, checkOrigin, checkToken } from './request-guard';
import { BodyBudget, MAX_BODY_BYTES, readBody } from './request-body';
import { readStaticFile } from './static-files';
import { setSecurityHeaders } from './security-headers';

const CALL_PREFIX = '/api/call/';

export interface WebHost {
  server: Server;
  port: number;
  /** The URL that opens the app already authorised (the token travels in the fragment, never to a log). */
  url: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  backend: Backend;
  staticDir: string;
  token: string;
  port?: number;
  /** Extra routes (the preview's asset route), tried before static files. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const tooLargeMessage = `The request is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB, the most Postdesk accepts in one call.`;

async function handleCall(backend: Backend, budget: BodyBudget, req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'bad-input', message: 'Use POST.' } });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > MAX_BODY_BYTES) {
    // Read and dropped, never held: only then does the client see the answer.
    await readBody(req);
    return sendJson(res, 413, { ok: false, error: { code: 'bad-input', message: tooLargeMessage } });
  }
  const release = await budget.acquire(Number.isFinite(declared) ? declared : MAX_BODY_BYTES);
  try {
    const body = await readBody(req);
    if (!body.ok) return sendJson(res, 413, { ok: false, error: { code: 'bad-input', message: tooLargeMessage } });
    let input: unknown;
    try {
      input = body.text ? JSON.parse(body.text) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'bad-input', message: 'The request body is not valid JSON.' } });
    }
    const result = await backend.router.dispatch(name, input);
    sendJson(res, 200, result);
  } finally {
    release();
  }
}

function handleEvents(backend: Backend, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = backend.events.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

/** The browser host: the built renderer and the API on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { backend, staticDir, token } = options;
  let port = 0;
  const budget = new BodyBudget();

  const server = createServer((req, res) => {
    const guardHost = checkHost(req, port);
    if (!guardHost.ok) return sendJson(res, guardHost.status, { ok: false, error: { code: 'bad-input', message: guardHost.message } });
    const guardOrigin = checkOrigin(req, port);
    if (!guardOrigin.ok) return sendJson(res, guardOrigin.status, { ok: false, error: { code: 'bad-input', message: guardOrigin.message } });
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    setSecurityHeaders(res);

    void (async () => {
      if (pathname.startsWith('/api/')) {
        const guardToken = checkToken(req, token);
        if (!guardToken.ok) return sendJson(res, guardToken.status, { ok: false, error: { code: 'bad-input', message: guardToken.message } });
        if (pathname === '/api/events') return handleEvents(backend, req, res);
        if (pathname.startsWith(CALL_PREFIX)) return handleCall(backend, budget, req, res, pathname.slice(CALL_PREFIX.length));
        return sendJson(res, 404, { ok: false, error: { code: 'unknown-call', message: 'No such API route.' } });
      }
      if (options.extraRoutes && (await options.extraRoutes(req, res, pathname))) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'bad-input', message: 'Method not allowed.' } });
      const file = await readStaticFile(staticDir, pathname);
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
      res.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    })().catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
