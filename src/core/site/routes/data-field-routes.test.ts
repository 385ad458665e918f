import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../load-site';
import { removeCopies, tempDir, write } from '../testing/site-fixture';
import { shutdownAnalyzePool } from '../workers/analyze-pool';

afterAll(async () => {
  removeCopies();
  await shutdownAnalyzePool();
});

const page = (param: string) => `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const notes = await getCollection('notes');
  return notes.map((note) => ({ params: { slug: ${param} } }));
}
---
<h1>note</h1>
`;

function notesSite(): string {
  const root = tempDir();
  write(
    root,
    'src/content.config.ts',
    `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
const notes = defineCollection({ loader: glob({ base: './src/content/notes', pattern: '*.md' }), schema: z.object({ title: z.string(), path: z.string() }) });
export const collections = { notes };
`,
  );
  write(root, 'src/content/notes/first.md', '---\ntitle: First\npath: hello-there\n---\n\nSee [the second](/notes/general-kenobi) and [by its id](/notes/second).\n');
  write(root, 'src/content/notes/second.md', '---\ntitle: Second\npath: general-kenobi\n---\n\nText.\n');
  write(root, 'src/pages/notes/[slug].astro', page('note.id'));
  return root;
}

const brokenLinks = (diagnostics: { rule: string; message: string }[]) =>
  diagnostics.filter((d) => d.rule === 'link-broken').map((d) => d.message.replace(/^broken link: (\S+).*$/, '$1'));

describe("a page that takes an entry's address from one of its fields", () => {
  it('follows the page and the field as they change on disk', async () => {
    const root = notesSite();
    const site = await loadSite(root);
    try {
      expect(brokenLinks(site.validateFile('src/content/notes/first.md'))).toEqual(['/notes/general-kenobi']);

      write(root, 'src/pages/notes/[slug].astro', page('note.data.path'));
      await site.refreshFile('src/pages/notes/[slug].astro');
      expect(site.routes()).toEqual([{ page: 'src/pages/notes/[slug].astro', how: 'read' }]);
      expect(brokenLinks(site.validateFile('src/content/notes/first.md'))).toEqual(['/notes/second']);
      expect(site.entry('src/content/notes/second.md')?.url).toBe('/notes/general-kenobi');

      write(root, 'src/content/notes/second.md', '---\ntitle: Second\npath: obi-wan\n---\n\nText.\n');
      await site.refreshFile('src/content/notes/second.md');
      expect(site.entry('src/content/notes/second.md')?.url).toBe('/notes/obi-wan');
      expect(brokenLinks(site.validateFile('src/content/notes/first.md'))).toEqual(['/notes/general-kenobi', '/notes/second']);
    } finally {
      site.dispose();
    }
  });
});
