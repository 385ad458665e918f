import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteAreas } from '../security/write-policy';
import { UserError } from '../user-error';
import { tempDir } from './test-fixture';
import { writeNewFile } from './write-new-file';

/** Every markdown file is an entry and `media/` holds images, as in a small site. */
const areasOf = (root: string): WriteAreas => ({ root, isEntry: (file) => file.endsWith('.md'), mediaFolders: ['media'], managedFiles: [] });

describe('writeNewFile', () => {
  it('creates the file and its folders, leaving no temp file behind', () => {
    const root = tempDir();
    expect(writeNewFile(areasOf(root), 'a/b/new.md', 'hello')).toBe('a/b/new.md');
    expect(fs.readFileSync(path.join(root, 'a/b/new.md'), 'utf8')).toBe('hello');
    expect(fs.readdirSync(path.join(root, 'a/b'))).toEqual(['new.md']);
  });

  it('never overwrites an existing file', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'post.md'), 'original');
    expect(() => writeNewFile(areasOf(root), 'post.md', 'replacement')).toThrow(/already exists/);
    expect(fs.readFileSync(path.join(root, 'post.md'), 'utf8')).toBe('original');
    expect(fs.readdirSync(root)).toEqual(['post.md']);
  });

  it('picks name-2, name-3 when asked for a unique name', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'media'));
    fs.writeFileSync(path.join(root, 'media/img.png'), 'x');
    fs.writeFileSync(path.join(root, 'media/img-2.png'), 'y');
    expect(writeNewFile(areasOf(root), 'media/img.png', 'z', { unique: true })).toBe('media/img-3.png');
    expect(fs.readFileSync(path.join(root, 'media/img.png'), 'utf8')).toBe('x');
  });

  it('refuses paths outside the content folder', () => {
    const root = tempDir();
    expect(() => writeNewFile(areasOf(root), '../escape.md', 'x')).toThrow(UserError);
  });

  it('refuses a folder that is a link out of the site, and writes nothing there', () => {
    const root = tempDir();
    const outside = tempDir();
    fs.symlinkSync(outside, path.join(root, 'media'));
    expect(() => writeNewFile(areasOf(root), 'media/photo.png', 'png')).toThrow(/outside the content folder/);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('writes only posts, entries and media: never hidden, code or configuration files', () => {
    const root = tempDir();
    for (const file of ['.git/hooks/pre-commit.md', 'node_modules/x/readme.md', 'media/run.sh', 'astro.config.mjs', 'package.json', 'notes.txt']) {
      expect(() => writeNewFile(areasOf(root), file, 'x'), file).toThrow(expect.objectContaining({ code: 'read-only' }));
    }
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
