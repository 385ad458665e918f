import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveError } from './save-errors';
import { writeFileAtomic, type AtomicFs } from './write-atomic';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'postdesk-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function failing(code: string, step: 'open' | 'write' | 'sync' | 'rename'): AtomicFs {
  const fail = () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }));
  return {
    realpath: (p) => fsp.realpath(p),
    stat: (p) => fsp.stat(p),
    access: (p, m) => fsp.access(p, m),
    unlink: (p) => fsp.unlink(p),
    rename: (a, b) => (step === 'rename' ? fail() : fsp.rename(a, b)),
    open: async (p, flags, mode) => {
      if (step === 'open' && flags === 'wx') return fail();
      const handle = await fsp.open(p, flags, mode);
      return {
        writeFile: (d) => (step === 'write' ? fail() : handle.writeFile(d)),
        sync: () => (step === 'sync' && flags === 'wx' ? fail() : handle.sync()),
        chmod: (m) => handle.chmod(m),
        close: () => handle.close(),
      };
    },
  };
}

describe('atomic writes', () => {
  it('replaces the file and keeps its permissions', async () => {
    const file = join(dir, 'post.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, '\uFEFFnew\r\n');
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFnew\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['post.md']);
  });

  it.each(['write', 'sync', 'rename'] as const)('a write that fails after the temp file (%s) leaves the original identical', async (step) => {
    const file = join(dir, 'post.md');
    writeFileSync(file, 'original bytes\n');
    const error = await writeFileAtomic(file, 'new text', { fs: failing('ENOSPC', step) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveError);
    expect((error as SaveError).writerMessage).toMatch(/disk is full/);
    expect(readFileSync(file, 'utf8')).toBe('original bytes\n');
    expect(readdirSync(dir)).toEqual(['post.md']);
  });

  it.each([
    ['EACCES', /not allowed to write/],
    ['EPERM', /not allowed to write/],
    ['EROFS', /read-only disk/],
  ])('%s is explained to the writer', async (code, message) => {
    const file = join(dir, 'post.md');
    writeFileSync(file, 'original');
    const error = (await writeFileAtomic(file, 'x', { fs: failing(code, 'open') }).catch((e: unknown) => e)) as SaveError;
    expect(error.code).toBe(code);
    expect(error.writerMessage).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe('original');
  });

  it('a missing folder is explained', async () => {
    const error = (await writeFileAtomic(join(dir, 'gone', 'post.md'), 'x').catch((e: unknown) => e)) as SaveError;
    expect(error.code).toBe('ENOENT');
    expect(error.writerMessage).toMatch(/no longer exists/);
  });
});
