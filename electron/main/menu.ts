import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openFolder(): void;
  sendCommand(command: string): void;
}

/** The usual File/Edit/View/Help menus; product commands are forwarded to the renderer. */
export function buildAppMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Post…', accelerator: 'CmdOrCtrl+N', click: () => actions.sendCommand('new-post') },
        { label: 'New Monthly Update', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.sendCommand('new-monthly-update') },
        { type: 'separator' },
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { label: 'Quick Open Post…', accelerator: 'CmdOrCtrl+P', click: () => actions.sendCommand('quick-open') },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.sendCommand('save') },
        { label: 'Close Tab', accelerator: 'CmdOrCtrl+W', click: () => actions.sendCommand('close-tab') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Toggle Preview', accelerator: 'CmdOrCtrl+Shift+V', click: () => actions.sendCommand('toggle-preview') },
        { label: 'Problems', accelerator: 'CmdOrCtrl+Shift+M', click: () => actions.sendCommand('show-problems') },
        { label: 'Changes', accelerator: 'CmdOrCtrl+Shift+G', click: () => actions.sendCommand('show-changes') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Postdesk Help', click: () => actions.sendCommand('help') },
        { label: 'Markdown Guide', click: () => void shell.openExternal('https://www.markdownguide.org/basic-syntax/') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
