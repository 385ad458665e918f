import type { ApiResult } from '../../api/contract/errors';

/** The header that carries the launch token on every request to the browser host. */
export const TOKEN_HEADER = 'X-Postdesk-Token';

/**
 * One API call over HTTP to the browser host. Used from the call worker (so that sending a
 * 1 MB post never holds up the page) and, where no worker can run, from the page itself.
 */
export async function postCall(name: string, input: unknown, token: string, options: { keepalive?: boolean } = {}): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
      // A call made as the page goes away must outlive it (the browser allows 64 KB of such bodies).
      keepalive: options.keepalive,
    });
    if (response.status === 401) return { ok: false, error: { code: 'bad-input', message: 'This page is not authorised. Open Postdesk with the URL printed when the server started.' } };
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'io', message: 'Postdesk\'s server is not reachable. Is "npm run serve" still running?' } };
  }
}
