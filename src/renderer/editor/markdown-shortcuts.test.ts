import { defaultKeymap, historyKeymap } from '@codemirror/commands';
import { lintKeymap } from '@codemirror/lint';
import { searchKeymap } from '@codemirror/search';
import { describe, expect, it } from 'vitest';
import { markdownShortcuts } from './markdown-shortcuts';
import { run } from './test-state';

const command = (key: string) => {
  const binding = markdownShortcuts.find((b) => b.key === key);
  if (!binding?.run) throw new Error(`no binding for ${key}`);
  return binding.run as unknown as Parameters<typeof run>[0];
};

describe('markdown shortcuts', () => {
  it('bind the formatting commands to the documented keys', () => {
    expect(run(command('Mod-b'), '{from}a{to}')).toBe('**{from}a{to}**');
    expect(run(command('Mod-i'), '{from}a{to}')).toBe('_{from}a{to}_');
    expect(run(command('Mod-e'), '{from}a{to}')).toBe('`{from}a{to}`');
    expect(run(command('Mod-k'), '{from}a{to}')).toBe('[a]({from}url{to})');
    expect(run(command('Mod-Alt-2'), 'T|')).toBe('## T|');
    expect(run(command('Mod-Alt-0'), '## T|')).toBe('T|');
    expect(run(command('Mod-Shift-8'), 'T|')).toBe('- T|');
    expect(run(command('Mod-Shift-7'), 'T|')).toBe('1. T|');
  });

  it('take no key from undo, search, problems or editing, except Mod-i (select syntax)', () => {
    const taken = new Set([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap].flatMap((b) => [b.key, b.win, b.linux, b.mac]));
    const clashes = markdownShortcuts.map((b) => b.key).filter((key) => taken.has(key));
    expect(clashes).toEqual(['Mod-i']);
  });
});
