import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_DATA_FILE_BYTES } from './data-collection';
import { loadSite } from './load-site';
import { removeCopies, tempDir, write } from './testing/site-fixture';

afterAll(removeCopies);

const CONFIG = `import { defineCollection, reference, z } from 'astro:content';
import { file, glob } from 'astro/loaders';

const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.md' }),
  schema: z.object({ title: z.string(), author: reference('authors') }),
});
const authors = defineCollection({ loader: file('src/data/authors.json'), schema: z.object({ name: z.string() }) });

export const collections = { blog, authors };
`;

/** A blog whose posts name authors of a file() collection: one known, one not. */
function blogSite(): string {
  const root = tempDir();
  write(root, 'src/content.config.ts', CONFIG);
  write(root, 'src/content/blog/one.md', '---\ntitle: One\nauthor: ada\n---\n\nText.\n');
  write(root, 'src/content/blog/two.md', '---\ntitle: Two\nauthor: nobody\n---\n\nText.\n');
  write(root, 'src/content/blog/three.md', '---\ntitle: Three\nauthor: nobody\n---\n\nText.\n');
  return root;
}

async function problems(root: string) {
  const site = await loadSite(root, { workers: 0 });
  try {
    const all = site.validateAll();
    return { notes: all.filter((d) => d.rule === 'config'), references: all.filter((d) => d.rule === 'reference') };
  } finally {
    site.dispose();
  }
}

describe('a file() collection whose data file cannot be read', () => {
  it('a readable data file checks every reference against its ids (the control case)', async () => {
    const root = blogSite();
    write(root, 'src/data/authors.json', '[{ "id": "ada", "name": "Ada" }]');
    const { notes, references } = await problems(root);
    expect(notes).toEqual([]);
    expect(references.map((d) => d.file).sort()).toEqual(['src/content/blog/three.md', 'src/content/blog/two.md']);
  });

  const cases: [string, (root: string) => void, RegExp][] = [
    ['invalid JSON', (root) => write(root, 'src/data/authors.json', '[{ "id": "ada", "name": "Ada" },'), /not valid JSON: Unexpected end of JSON input/],
    [
      'a YAML file that does not parse',
      (root) => {
        write(root, 'src/content.config.ts', CONFIG.replace('authors.json', 'authors.yaml'));
        write(root, 'src/data/authors.yaml', 'ada:\n  name: "Ada\n bad: [\n');
      },
      /not valid YAML: .*double quoted scalar/,
    ],
    ['a file larger than the limit', (root) => write(root, 'src/data/authors.json', `[${' '.repeat(MAX_DATA_FILE_BYTES)}]`), /larger than 8 MB/],
    [
      'a link that leads out of the site',
      (root) => {
        const outside = tempDir();
        write(outside, 'authors.json', '[{ "id": "ada", "name": "Ada" }]');
        mkdirSync(path.join(root, 'src/data'), { recursive: true });
        symlinkSync(path.join(outside, 'authors.json'), path.join(root, 'src/data/authors.json'));
      },
      /leads out of the site folder/,
    ],
    ['a missing file', () => undefined, /does not exist/],
  ];

  it.each(cases)('%s: said once for the site, no reference is judged, nothing crashes', async (_name, spoil, reason) => {
    const root = blogSite();
    spoil(root);
    const { notes, references } = await problems(root);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ rule: 'config', severity: 'warning', line: 1 });
    expect(notes[0]?.file).toMatch(/^src\/data\/authors\.(?:json|yaml)$/);
    expect(notes[0]?.message).toContain('The "authors" collection\'s data file cannot be read');
    expect(notes[0]?.message).toMatch(reason);
    expect(references).toEqual([]);
  });
});
