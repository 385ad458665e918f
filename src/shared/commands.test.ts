import { describe, expect, it } from 'vitest';
import { accelerator, COMMAND_INFO, commandForKey, keysLabel } from './commands';

const press = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('app commands', () => {
  it('maps the page shortcuts to their commands, Ctrl or Cmd alike', () => {
    expect(commandForKey(press('s', { ctrlKey: true }))).toBe('save');
    expect(commandForKey(press('S', { metaKey: true }))).toBe('save');
    expect(commandForKey(press('N', { ctrlKey: true, shiftKey: true }))).toBe('new-monthly-update');
    expect(commandForKey(press('M', { ctrlKey: true, shiftKey: true }))).toBe('show-problems');
    expect(commandForKey(press('F1'))).toBe('help');
  });
  it('leaves other keys, Alt chords and the keys a browser keeps to the page', () => {
    expect(commandForKey(press('s'))).toBeNull();
    expect(commandForKey(press('s', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandForKey(press('s', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandForKey(press('w', { ctrlKey: true }))).toBeNull();
  });
  it('writes the menu accelerators and the keys the writer reads from the same table', () => {
    expect(accelerator(COMMAND_INFO['new-monthly-update'].keys!)).toBe('CmdOrCtrl+Shift+N');
    expect(accelerator(COMMAND_INFO.help.keys!)).toBe('F1');
    expect(keysLabel(COMMAND_INFO.save.keys!, false)).toBe('Ctrl+S');
    expect(keysLabel(COMMAND_INFO['show-changes'].keys!, true)).toBe('⌘⇧G');
  });
});
