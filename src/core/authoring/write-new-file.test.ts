import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../user-error';
import { tempDir } from './test-fixture';
import { writeNewFile } from './write-new-file';

describe('writeNewFile', () => {
  it('creates the file and its folders, leaving no temp file behind', () => {
    const root = tempDir();
    expect(writeNewFile(root, 'a/b/new.md', 'hello')).toBe('a/b/new.md');
    expect(fs.readFileSync(path.join(root, 'a/b/new.md'), 'utf8')).toBe('hello');
    expect(fs.readdirSync(path.join(root, 'a/b'))).toEqual(['new.md']);
  });

  it('never overwrites an existing file', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'post.md'), 'original');
    expect(() => writeNewFile(root, 'post.md', 'replacement')).toThrow(/already exists/);
    expect(fs.readFileSync(path.join(root, 'post.md'), 'utf8')).toBe('original');
    expect(fs.readdirSync(root)).toEqual(['post.md']);
  });

  it('picks name-2, name-3 when asked for a unique name', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'img.png'), 'x');
    fs.writeFileSync(path.join(root, 'img-2.png'), 'y');
    expect(writeNewFile(root, 'img.png', 'z', { unique: true })).toBe('img-3.png');
    expect(fs.readFileSync(path.join(root, 'img.png'), 'utf8')).toBe('x');
  });

  it('refuses paths outside the content folder', () => {
    const root = tempDir();
    expect(() => writeNewFile(root, '../escape.md', 'x')).toThrow(UserError);
  });
});
