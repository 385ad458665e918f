import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveContentPath } from './content-path';

const base = mkdtempSync(join(tmpdir(), 'postdesk-paths-'));
const root = join(base, 'site');
const outside = join(base, 'secret');
mkdirSync(join(root, 'src/data/post'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(outside, 'passwords.md'), 'x');
symlinkSync(outside, join(root, 'src/data/escape'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('paths the API may touch', () => {
  it('resolves files inside the content folder, existing or new', () => {
    expect(resolveContentPath(root, 'src/data/post/a.md')).toBe(join(root, 'src/data/post/a.md'));
    expect(resolveContentPath(root, 'src/data/post/new/b.md')).toBe(join(root, 'src/data/post/new/b.md'));
  });

  it('refuses .., absolute paths elsewhere and symlinks that leave the folder', () => {
    expect(() => resolveContentPath(root, '../secret/passwords.md')).toThrow(/outside the content folder/);
    expect(() => resolveContentPath(root, join(outside, 'passwords.md'))).toThrow(/outside the content folder/);
    expect(() => resolveContentPath(root, 'src/data/escape/passwords.md')).toThrow(/through a link/);
  });
});
