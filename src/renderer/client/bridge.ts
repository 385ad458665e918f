import type { ApiResult } from '../../api/contract/errors';

/**
 * What the Electron preload exposes as `window.postdesk`: one function per call name and a
 * subscription per event, never ipcRenderer itself.
 */
export interface PreloadBridge {
  calls: Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    postdesk?: PreloadBridge;
  }
}
