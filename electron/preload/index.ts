import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callNames } from '../../src/api/contract/calls';
import { eventNames } from '../../src/api/contract/events';
import type { ApiResult } from '../../src/api/contract/errors';
import type { PreloadBridge } from '../../src/api/contract/bridge';
import { callChannel, EVENT_CHANNEL } from '../main/channels';

const calls: PreloadBridge['calls'] = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(callChannel(name), input) as Promise<ApiResult<unknown>>]),
);

const knownEvents = new Set<string>(eventNames);

const bridge = {
  calls,
  on(event, listener) {
    if (!knownEvents.has(event)) return () => {};
    const handler = (_event: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('postdesk', bridge);
