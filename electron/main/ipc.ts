import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Backend } from '../../src/api/server/backend';
import { callNames } from '../../src/api/contract/calls';
import { callChannel, EVENT_CHANNEL } from './channels';

/**
 * One ipcMain.handle per contract call. A message is answered only when it comes from the
 * top frame of one of our own windows showing our own page.
 */
export function bindIpc(backend: Backend, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'bad-input', message: 'Refused: the request did not come from Postdesk.' } };
      }
      return backend.router.dispatch(name, input);
    });
  }
  return () => {
    for (const name of callNames) ipcMain.removeHandler(callChannel(name));
  };
}

export function forwardEvents(backend: Backend, target: () => WebContents | undefined): () => void {
  return backend.events.subscribe((name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  });
}
