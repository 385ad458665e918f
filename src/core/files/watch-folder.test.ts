import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolder, type FolderChange } from './watch-folder';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'postdesk-watch-')));
  mkdirSync(join(dir, 'node_modules'));
  mkdirSync(join(dir, 'posts'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('watching a content folder', () => {
  it('reports a changed post and leaves out node_modules', async () => {
    const seen: FolderChange[] = [];
    let notify: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (notify = resolve));
    const watch = await watchFolder(dir, (changes) => {
      seen.push(...changes);
      if (changes.some((c) => c.path.endsWith('post.md'))) notify();
    });
    try {
      writeFileSync(join(dir, 'node_modules', 'noise.js'), 'x');
      writeFileSync(join(dir, 'posts', 'post.md'), 'hello');
      await arrived;
      expect(seen.some((c) => c.path === join(dir, 'posts', 'post.md'))).toBe(true);
      expect(seen.some((c) => c.path.includes('node_modules'))).toBe(false);
    } finally {
      await watch.dispose();
    }
  });
});
