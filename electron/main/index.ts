import { app, BrowserWindow, dialog, Menu, session, shell, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../src/api/server/backend';
import { ASSET_SCHEME, handleAssetProtocol, registerAssetScheme } from './asset-protocol';
import { bindIpc, forwardEvents } from './ipc';
import { folderFromArgv } from './launch-args';
import { buildAppMenu } from './menu';
import type { Command } from '../../src/shared/commands';
import { createAppWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
/** The renderer answered Save / Don't save / Cancel for its unsaved posts: the window may close. */
let closeConfirmed = false;

const rendererUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  if (!mainWindow || event.sender !== mainWindow.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  const url = frame.url;
  return rendererUrl ? url.startsWith(rendererUrl) : url.startsWith('file://') && url.includes('/renderer/index.html');
}

async function pickFolder(): Promise<string | null> {
  const options = { title: 'Open a content folder', properties: ['openDirectory' as const] };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  // Nothing in Postdesk needs the camera, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  backend = await createBackend({
    dataDir: app.getPath('userData'),
    sampleSiteDir: join(app.getAppPath(), 'resources/sample-site'),
    initialFolder: folderFromArgv(process.argv, app.isPackaged),
    host: {
      kind: 'electron',
      pickFolder,
      openExternal: async (url) => (await shell.openExternal(url), true),
      assetRoute: () => ({ base: `${ASSET_SCHEME}://content/`, source: `${ASSET_SCHEME}:` }),
      closeWindow: () => {
        closeConfirmed = true;
        mainWindow?.close();
      },
      workerDir: import.meta.dirname,
    },
  });
  const active = backend;
  handleAssetProtocol(() => active.workspace.current()?.info.root ?? null);
  bindIpc(active, isTrustedSender);
  forwardEvents(active, () => mainWindow?.webContents);

  const sendCommand = (command: Command) => active.events.emit('menu.command', { command });
  Menu.setApplicationMenu(buildAppMenu({ openFolder: () => sendCommand('open-folder'), sendCommand }));

  mainWindow = createAppWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    rendererUrl,
    rendererFile,
    bounds: active.settings.get().window,
    onBoundsChanged: (bounds) => void active.settings.update((s) => ({ ...s, window: bounds })),
  });
  // Closing the window (or quitting) asks the renderer first, which asks the writer about unsaved posts.
  mainWindow.on('close', (event) => {
    const contents = mainWindow?.webContents;
    if (closeConfirmed || !contents || contents.isCrashed() || contents.isLoading()) return;
    event.preventDefault();
    active.events.emit('window.closeRequested', {});
  });
  mainWindow.on('closed', () => (mainWindow = null));
}

registerAssetScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    const folder = folderFromArgv(argv, app.isPackaged);
    if (folder && backend) void backend.workspace.open(folder).catch(() => {});
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Postdesk could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
  let disposed = false;
  app.on('before-quit', (event) => {
    if (mainWindow && !closeConfirmed) {
      // Quit goes through the window's close, where the writer answers for unsaved posts.
      event.preventDefault();
      mainWindow.close();
      return;
    }
    if (disposed || !backend) return;
    // Let the draft journal write what is pending before the process ends.
    event.preventDefault();
    disposed = true;
    void backend.dispose().finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
