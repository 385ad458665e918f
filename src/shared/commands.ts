/**
 * The app's commands, named once: the Electron menu sends them, the keyboard triggers them,
 * the workspace performs them (one exhaustive switch) and Help lists them with their keys.
 */
export const COMMANDS = [
  'new-post',
  'new-monthly-update',
  'open-folder',
  'quick-open',
  'save',
  'close-tab',
  'toggle-preview',
  'show-problems',
  'show-changes',
  'help',
] as const;

export type Command = (typeof COMMANDS)[number];

export interface CommandKeys {
  /** The key as KeyboardEvent.key reports it, lower case ('s', 'f1'). */
  key: string;
  /** Ctrl (Cmd on macOS) is held. */
  mod: boolean;
  shift: boolean;
  /**
   * The page handles the key itself. False where a browser keeps the key for itself (Ctrl+N,
   * Ctrl+W): only the Electron menu's accelerator reaches the command then.
   */
  inPage: boolean;
}

export interface CommandInfo {
  label: string;
  keys?: CommandKeys;
}

const mod = (key: string, shift = false, inPage = true): CommandKeys => ({ key, mod: true, shift, inPage });

export const COMMAND_INFO: Record<Command, CommandInfo> = {
  'new-post': { label: 'New Post…', keys: mod('n', false, false) },
  'new-monthly-update': { label: 'New Monthly Update', keys: mod('n', true) },
  'open-folder': { label: 'Open Folder…', keys: mod('o') },
  'quick-open': { label: 'Quick Open Post…', keys: mod('p') },
  save: { label: 'Save', keys: mod('s') },
  'close-tab': { label: 'Close Tab', keys: mod('w', false, false) },
  'toggle-preview': { label: 'Toggle Preview', keys: mod('v', true, false) },
  'show-problems': { label: 'Problems', keys: mod('m', true) },
  'show-changes': { label: 'Changes', keys: mod('g', true) },
  help: { label: 'Postdesk Help', keys: { key: 'f1', mod: false, shift: false, inPage: true } },
};

/** Electron's accelerator for the keys ('CmdOrCtrl+Shift+N', 'F1'). */
export function accelerator(keys: CommandKeys): string {
  return [keys.mod ? 'CmdOrCtrl' : '', keys.shift ? 'Shift' : '', keys.key.toUpperCase()].filter(Boolean).join('+');
}

/** The keys as the writer reads them ('Ctrl+Shift+N'; ⌘ on macOS). */
export function keysLabel(keys: CommandKeys, mac: boolean): string {
  return [keys.mod ? (mac ? '⌘' : 'Ctrl') : '', keys.shift ? (mac ? '⇧' : 'Shift') : '', keys.key.toUpperCase()]
    .filter(Boolean)
    .join(mac ? '' : '+');
}

/** The command a key press in the page triggers, if any (the editor has its own keys for markup). */
export function commandForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): Command | null {
  if (event.altKey) return null;
  const key = event.key.toLowerCase();
  const withMod = event.ctrlKey || event.metaKey;
  for (const command of COMMANDS) {
    const keys = COMMAND_INFO[command].keys;
    if (keys?.inPage && keys.key === key && keys.mod === withMod && keys.shift === event.shiftKey) return command;
  }
  return null;
}
