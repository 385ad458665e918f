import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { accelerator, COMMAND_INFO, type Command } from '../../src/shared/commands';

export interface MenuActions {
  openFolder(): void;
  sendCommand(command: Command): void;
}

/** The usual File/Edit/View/Help menus; product commands are forwarded to the renderer. */
export function buildAppMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const item = (command: Command): MenuItemConstructorOptions => {
    const { label, keys } = COMMAND_INFO[command];
    return { label, accelerator: keys && accelerator(keys), click: () => actions.sendCommand(command) };
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('new-post'),
        item('new-monthly-update'),
        { type: 'separator' },
        { ...item('open-folder'), click: () => actions.openFolder() },
        item('quick-open'),
        { type: 'separator' },
        item('save'),
        item('close-tab'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        item('toggle-preview'),
        item('show-problems'),
        item('show-changes'),
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
        item('help'),
        { label: 'Markdown Guide', click: () => void shell.openExternal('https://www.markdownguide.org/basic-syntax/') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
