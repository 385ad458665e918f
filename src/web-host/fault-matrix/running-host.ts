import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../api/server/backend';
import { createAssetRoute } from '../asset-route';
import { startWebHost, type WebHost } from '../server';

/** Test support: the browser host, in this process, on a site folder, as `npm run serve` starts it. */
export interface RunningHost {
  host: WebHost;
  backend: Backend;
  origin: string;
  token: string;
  /** One request with every header under the test's control; the body may be streamed. */
  request(options: RequestOptions): Promise<HttpAnswer>;
  /** A call with the token, our Origin and a JSON body; answers the parsed JSON. */
  call(name: string, input: unknown): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string; message: string } }; bytes: number }>;
  stop(): Promise<void>;
}

export interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  /** A body, or a writer that streams one. */
  body?: string | Buffer | ((req: http.ClientRequest) => void);
}

export interface HttpAnswer {
  status: number;
  text: string;
  /** The connection failed before an answer (ECONNRESET…). */
  error?: string;
}

export async function startTestHost(folder: string): Promise<RunningHost> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'postdesk-host-data-'));
  const token = 'test-token-0123456789abcdef';
  let origin = '';
  const backend = await createBackend({
    dataDir,
    sampleSiteDir: folder,
    initialFolder: folder,
    host: { kind: 'browser', pickFolder: null, openExternal: async () => false, assetRoute: () => ({ base: `${origin}/asset/${token}/`, source: `${origin}/asset/${token}/` }) },
    log: () => undefined,
  });
  const host = await startWebHost({ backend, staticDir: dataDir, token, extraRoutes: createAssetRoute(token, () => backend.workspace.current()?.info.root ?? null) });
  origin = `http://127.0.0.1:${host.port}`;

  const request = (options: RequestOptions): Promise<HttpAnswer> =>
    new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, method: options.method ?? 'POST', path: options.path, headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, text: '', error: error.code ?? error.message }));
      if (typeof options.body === 'function') options.body(req);
      else req.end(options.body);
    });

  return {
    host,
    backend,
    origin,
    token,
    request,
    async call(name, input) {
      const body = JSON.stringify(input);
      const answer = await request({
        path: `/api/call/${name}`,
        headers: { 'Content-Type': 'application/json', 'X-Postdesk-Token': token, Origin: origin, 'Content-Length': Buffer.byteLength(body) },
        body,
      });
      if (answer.error) throw new Error(`${name}: the connection failed (${answer.error})`);
      return { status: answer.status, json: JSON.parse(answer.text) as never, bytes: answer.text.length };
    },
    async stop() {
      await host.close();
      await backend.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
