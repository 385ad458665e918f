import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { confineToRoot } from './confine-to-root';

/** The asset route serves the content folder's images and nothing else. */
describe('confineToRoot', () => {
  let root: string;
  let outside: string;

  beforeAll(() => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'postdesk-assets-'));
    root = path.join(base, 'site');
    outside = path.join(base, 'secret');
    mkdirSync(path.join(root, 'src/assets/images'), { recursive: true });
    mkdirSync(path.join(root, 'public'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(root, 'src/assets/images/cover photo.png'), 'png');
    writeFileSync(path.join(root, 'src/assets/images/logo.svg'), '<svg/>');
    writeFileSync(path.join(root, 'src/data.md'), '# not an image');
    writeFileSync(path.join(outside, 'passwd.png'), 'secret');
    writeFileSync(path.join(root, '.env'), 'TOKEN=1');
    symlinkSync(path.join(outside, 'passwd.png'), path.join(root, 'public/escape.png'));
    symlinkSync(outside, path.join(root, 'public/linked-dir'));
    symlinkSync(path.join(root, 'src/data.md'), path.join(root, 'public/disguised.png'));
  });

  it('serves an image inside the root, with its content type', async () => {
    const result = await confineToRoot(root, 'src/assets/images/cover%20photo.png');
    expect(result).toMatchObject({ ok: true, contentType: 'image/png' });
    if (result.ok) expect(result.path.endsWith(path.join('images', 'cover photo.png'))).toBe(true);
  });

  it('serves SVG with a sandboxing CSP', async () => {
    const result = await confineToRoot(root, 'src/assets/images/logo.svg');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.contentType).toBe('image/svg+xml');
      expect(result.headers['Content-Security-Policy']).toContain('sandbox');
      expect(result.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it.each([
    ['plain ..', '../secret/passwd.png'],
    ['.. in the middle', 'src/../../secret/passwd.png'],
    ['encoded dots', '%2e%2e/secret/passwd.png'],
    ['encoded dots, upper case', '%2E%2E%2Fsecret%2Fpasswd.png'],
    ['encoded slash', 'src%2f..%2f..%2fsecret%2fpasswd.png'],
    ['double encoding', '%252e%252e/secret/passwd.png'],
    ['backslashes', '..\\secret\\passwd.png'],
    ['encoded backslash', '..%5csecret%5cpasswd.png'],
    ['NUL byte', 'src/assets/images/cover photo.png%00.png'],
    ['absolute path', '/etc/passwd.png'],
    ['encoded absolute path', '%2fetc%2fpasswd.png'],
    ['drive letter', 'C:/secret/passwd.png'],
    ['malformed encoding', 'src/%E0%A4%A.png'],
    ['a symlink to a file outside', 'public/escape.png'],
    ['a symlinked folder outside', 'public/linked-dir/passwd.png'],
    ['a non-image file', 'src/data.md'],
    ['a dot file', '.env'],
    ['an image name pointing at a markdown file', 'public/disguised.png'],
  ])('refuses %s with 403', async (_name, request) => {
    expect(await confineToRoot(root, request)).toEqual({ ok: false, status: 403 });
  });

  it('answers 404 for an image that is not there', async () => {
    expect(await confineToRoot(root, 'src/assets/images/missing.png')).toEqual({ ok: false, status: 404 });
  });
});
