import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFieldValues } from './field-values';
import { listMediaImages } from './media-library';
import { FIXTURE_ROOT, postEntries, tempDir } from './test-fixture';

describe('listMediaImages', () => {
  it('lists the reference site’s images newest year first, with the path a post writes', async () => {
    const images = await listMediaImages(FIXTURE_ROOT, 'src/assets/images');
    expect(images.length).toBeGreaterThan(150);
    expect(images[0]!.path.startsWith('src/assets/images/blog/2026/')).toBe(true);
    expect(images.at(-1)!.path.startsWith('src/assets/images/blog/2022/')).toBe(true);
    expect(images[0]!.ref).toBe(images[0]!.path.replace('src/', '~/'));
  });

  it('includes extension-less files only when they hold image data', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'media'));
    fs.writeFileSync(path.join(root, 'media/exported'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    fs.writeFileSync(path.join(root, 'media/README'), 'text');
    fs.writeFileSync(path.join(root, 'media/notes.txt'), 'text');
    expect((await listMediaImages(root, 'media')).map((i) => i.path)).toEqual(['media/exported']);
  });
});

describe('collectFieldValues', () => {
  it('suggests the site’s categories, most used first', () => {
    const values = collectFieldValues(postEntries(FIXTURE_ROOT), 'category');
    expect(values[0]).toEqual({ value: 'Updates', count: expect.any(Number) });
    expect(values.map((v) => v.value)).toContain('Events');
  });

  it('counts list values once per entry and merges spellings that differ in case', () => {
    const items = [{ tags: ['Release', 'release', 'PHP'] }, { tags: ['release'] }, { tags: 'PHP' }, {}];
    expect(collectFieldValues(items, 'tags')).toEqual([
      { value: 'PHP', count: 2 },
      { value: 'release', count: 2 },
    ]);
  });
});
