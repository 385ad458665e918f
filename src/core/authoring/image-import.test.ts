import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { altFromFileName, importImage, planImageImport } from './image-import';
import type { WriteAreas } from '../security/write-policy';
import { copyFixture, tempDir } from './test-fixture';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>');
const now = new Date('2026-02-10T09:00:00.000Z');
const postFile = 'src/data/post/2026-02-28-mage-os-february-update.md';

describe('image import into the reference site', () => {
  const root = copyFixture();
  const areas: WriteAreas = { root, isEntry: () => false, mediaFolders: ['src/assets/images'], managedFiles: [] };

  it('plans a slugged name in the site’s blog/<year> folder with the ~/ path form', () => {
    const plan = planImageImport({ root, mediaFolder: 'src/assets/images', postFile, originalName: 'Team Photo Zürich.PNG', now });
    expect(plan.targetPath).toBe('src/assets/images/blog/2026/team-photo-zurich.png');
    expect(plan.markdownPath).toBe('~/assets/images/blog/2026/team-photo-zurich.png');
    expect(plan.alt).toBe('Team Photo Zürich');
  });

  it('writes the image and returns the markdown to insert, never replacing an existing one', () => {
    const plan = planImageImport({ root, postFile, originalName: 'hackathon.png', now });
    const first = importImage(areas, plan, PNG);
    const second = importImage(areas, plan, PNG);
    expect(first.file).toBe('src/assets/images/blog/2026/hackathon.png');
    expect(second.file).toBe('src/assets/images/blog/2026/hackathon-2.png');
    expect(second.markdown).toBe('![Hackathon](~/assets/images/blog/2026/hackathon-2.png)');
    expect(fs.readFileSync(path.join(root, first.file))).toEqual(Buffer.from(PNG));
  });

  it('names a pasted "image.png" after the post, with an alt text left for the writer', () => {
    const plan = planImageImport({ root, postFile, originalName: 'image.png', now });
    expect(plan.targetPath).toBe('src/assets/images/blog/2026/mage-os-february-update.png');
    expect(importImage(areas, plan, PNG).markdown).toBe('![](~/assets/images/blog/2026/mage-os-february-update.png)');
  });

  it('refuses a file that is not an image, by name or by content, with a clear message', () => {
    expect(() => planImageImport({ root, postFile, originalName: 'notes.pdf', now })).toThrow(
      '"notes.pdf" is not an image (.pdf). Postdesk imports PNG, JPEG, GIF, WebP, AVIF or SVG images.',
    );
    const plan = planImageImport({ root, postFile, originalName: 'fake.png', now });
    expect(() => importImage(areas, plan, new TextEncoder().encode('#!/bin/sh\nrm -rf /'))).toThrow(/does not contain image data/);
    expect(fs.existsSync(path.join(root, plan.targetPath))).toBe(false);
  });

  it('refuses an image over the size limit, saying how big it is', () => {
    const plan = planImageImport({ root, postFile, originalName: 'huge.png', now });
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set(PNG);
    expect(() => importImage(areas, plan, big, 2 * 1024 * 1024)).toThrow('"huge.png" is 3.0 MB; images up to 2.0 MB can be imported. Make it smaller first.');
  });

  it('fixes the extension when the content is another image type', () => {
    const plan = planImageImport({ root, postFile, originalName: 'photo-of-stage.png', now });
    expect(importImage(areas, plan, JPEG).file).toBe('src/assets/images/blog/2026/photo-of-stage.jpg');
    const svg = planImageImport({ root, postFile, originalName: 'logo.svg', now });
    expect(importImage(areas, svg, SVG).file).toBe('src/assets/images/blog/2026/logo.svg');
  });
});

describe('image paths on other layouts', () => {
  it('uses /… for a media folder under public/ and year folders directly', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'public/images/2024'), { recursive: true });
    const plan = planImageImport({ root, mediaFolder: 'public/images', postFile: 'src/content/blog/a.md', originalName: 'x.gif', now });
    expect(plan.targetPath).toBe('public/images/2026/x.gif');
    expect(plan.markdownPath).toBe('/images/2026/x.gif');
  });

  it('uses a path relative to the post when src/ has no ~ alias', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{ "compilerOptions": {} }');
    const plan = planImageImport({ root, mediaFolder: 'src/assets', postFile: 'src/content/blog/a.md', originalName: 'x.webp', now });
    expect(plan.markdownPath).toBe('../../assets/2026/x.webp');
  });
});

describe('altFromFileName', () => {
  it('turns file name words into alt text, skipping sizes and random tokens', () => {
    expect(altFromFileName('mage-os_founding-meeting-1024x768.jpeg')).toBe('Mage os founding meeting');
    expect(altFromFileName('AD_4nXcUl_bFwvpyscn8SgxTJ5MClK3KP0USNiwXpjC8.png')).toBe('');
  });
});
