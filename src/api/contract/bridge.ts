import type { ApiResult } from './errors';

/**
 * What the Electron preload exposes as `window.postdesk`: one function per call name and a
 * subscription per event, never ipcRenderer itself. Part of the contract because both sides
 * of the bridge (the preload and the renderer's client) are written against it.
 */
export interface PreloadBridge {
  calls: Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
