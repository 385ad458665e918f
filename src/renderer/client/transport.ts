import type { ApiResult } from '../../api/contract/errors';
import type { PreloadBridge } from './bridge';
import { postCall, TOKEN_HEADER } from './post-call';
import { workerCaller } from './worker-calls';

export interface Transport {
  kind: 'electron' | 'browser';
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** A call made while the page unloads: sent so that it outlives the page, never answered. */
  callOnExit(name: string, input: unknown): void;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** URL of a file inside the content root, for <img> and the preview. */
  assetUrl(relativePath: string): string;
}

export function electronTransport(bridge: PreloadBridge): Transport {
  return {
    kind: 'electron',
    call: (name, input) => {
      const fn = bridge.calls[name];
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'unknown-call', message: `Unknown call ${name}` } });
      return fn(input);
    },
    callOnExit: (name, input) => void bridge.calls[name]?.(input),
    on: (event, listener) => bridge.on(event, listener),
    assetUrl: (relativePath) => `postdesk-asset://content/${relativePath.split('/').map(encodeURIComponent).join('/')}`,
  };
}

const TOKEN_KEY = 'postdesk.token';

/** Reads the launch token from the URL fragment once, then keeps it out of the address bar. */
export function takeLaunchToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function browserTransport(token: string): Transport {
  const headers = { [TOKEN_HEADER]: token };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;
  // Calls go through a worker: in fetch, a 1 MB request body costs the page's thread tens of
  // milliseconds, which a writer typing in a large post would feel.
  const call = workerCaller(
    () => new Worker(new URL('./call-worker.ts', import.meta.url), { type: 'module', name: 'postdesk-calls' }),
    token,
    (name, input) => postCall(name, input, token),
  );

  async function stream(): Promise<void> {
    streaming = true;
    for (;;) {
      try {
        const response = await fetch('/api/events', { headers });
        if (!response.ok || !response.body) throw new Error(`events ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (event && data) for (const listener of listeners.get(event) ?? []) listener(JSON.parse(data));
          }
        }
      } catch {
        // The server restarted or the connection dropped: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }

  return {
    kind: 'browser',
    call,
    callOnExit: (name, input) => void postCall(name, input, token, { keepalive: true }),
    on(event, listener) {
      if (!streaming) void stream();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    assetUrl: (relativePath) => `/asset/${encodeURIComponent(token)}/${relativePath.split('/').map(encodeURIComponent).join('/')}`,
  };
}
