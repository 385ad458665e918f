import { BrowserWindow, screen, shell } from 'electron';
import { join } from 'node:path';
import { isTrustedExternalUrl } from '../../src/core/security/trusted-url';
import type { WindowBounds } from '../../src/core/settings/settings-store';
import { attachContextMenu } from './context-menu';

export interface AppWindowOptions {
  preloadPath: string;
  rendererUrl: string | null;
  rendererFile: string;
  bounds?: WindowBounds;
  onBoundsChanged(bounds: WindowBounds): void;
}

function visibleOnSomeDisplay(bounds: WindowBounds): boolean {
  return screen.getAllDisplays().some(({ workArea }) =>
    bounds.x < workArea.x + workArea.width && bounds.x + bounds.width > workArea.x &&
    bounds.y < workArea.y + workArea.height && bounds.y + bounds.height > workArea.y,
  );
}

export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const saved = options.bounds && visibleOnSomeDisplay(options.bounds) ? options.bounds : undefined;
  const window = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 820,
    x: saved?.x,
    y: saved?.y,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Postdesk',
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // The app never navigates away from its own page and never opens windows of its own;
  // trusted external links go to the system browser.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isTrustedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isTrustedExternalUrl(url)) void shell.openExternal(url);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  attachContextMenu(window);

  const saveBounds = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const { x, y, width, height } = window.getNormalBounds();
    options.onBoundsChanged({ x, y, width, height, maximized: window.isMaximized() });
  };
  window.on('resized', saveBounds);
  window.on('moved', saveBounds);
  window.on('close', saveBounds);

  if (options.rendererUrl) void window.loadURL(options.rendererUrl);
  else void window.loadFile(options.rendererFile);
  return window;
}
