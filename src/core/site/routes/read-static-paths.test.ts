import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_SITES } from '../../../test-support/astro-oracle';
import { readPageScript } from './page-script';
import { readStaticPaths, type StaticPathsRecipe } from './read-static-paths';

function recipe(script: string, param = 'slug'): StaticPathsRecipe {
  const read = readPageScript('page.astro', `---\n${script}\n---\n<h1>page</h1>\n`);
  if (read.status !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(read)}`);
  return readStaticPaths(read.program, param);
}

describe('readStaticPaths: what a page serves, read and never run', () => {
  it("reads Astro's blog template: every entry at its id", () => {
    expect(
      recipe(`import { getCollection, type CollectionEntry } from 'astro:content';
export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
type Props = CollectionEntry<'blog'>;
const post = Astro.props;`),
    ).toEqual({ how: 'entries', collection: 'blog', param: 'slug', value: { from: 'id' }, drafts: 'included' });
  });

  it('reads a draft filter, in getCollection or in .filter, and a sort', () => {
    const forms = [
      "const posts = await getCollection('blog', ({ data }) => !data.draft);",
      "const posts = await getCollection('blog', (entry) => entry.data.draft !== true);",
      "const posts = (await getCollection('blog')).filter((p) => !p.data.draft).sort((a, b) => a.id.localeCompare(b.id));",
      "const posts = await getCollection('blog', ({ data }) => import.meta.env.PROD ? data.draft !== true : true);",
    ];
    for (const form of forms) {
      expect(recipe(`export async function getStaticPaths() {\n${form}\nreturn posts.map((post) => ({ params: { slug: post.id } }));\n}`), form).toMatchObject({
        how: 'entries',
        drafts: 'excluded',
      });
    }
  });

  it('reads an arrow getStaticPaths with satisfies, destructured ids and the index entry as the root', () => {
    expect(
      recipe(`import type { GetStaticPaths } from 'astro';
export const getStaticPaths = (async () => {
  const docs = await getCollection('docs');
  return docs.map(({ id }) => ({ params: { slug: id === 'index' ? undefined : id } }));
}) satisfies GetStaticPaths;
if (!Astro.props) return Astro.redirect('/');`),
    ).toEqual({ how: 'entries', collection: 'docs', param: 'slug', value: { from: 'id', rootWhen: 'index' }, drafts: 'included' });
  });

  it("reads a parameter taken from an entry's field, with the entry or with { data }", () => {
    const forms = [
      "return posts.map((post) => ({ params: { slug: post.data.permalink } }));",
      "return posts.map(({ data }) => ({ params: { slug: data.permalink } }));",
    ];
    for (const form of forms) {
      expect(recipe(`export async function getStaticPaths() {\nconst posts = await getCollection('blog');\n${form}\n}`), form).toEqual({
        how: 'entries',
        collection: 'blog',
        param: 'slug',
        value: { from: 'data', field: 'permalink' },
        drafts: 'included',
      });
    }
    const root = "return posts.map((post) => ({ params: { slug: post.data.path === 'home' ? undefined : post.data.path } }));";
    expect(recipe(`export async function getStaticPaths() {\nconst posts = await getCollection('pages');\n${root}\n}`)).toMatchObject({
      value: { from: 'data', field: 'path', rootWhen: 'home' },
    });
    const mixed = "return posts.map((post) => ({ params: { slug: post.id === 'home' ? undefined : post.data.path } }));";
    expect(recipe(`export async function getStaticPaths() {\nconst posts = await getCollection('pages');\n${mixed}\n}`).how).toBe('unread');
  });

  it('reads paginate() with its page size', () => {
    expect(
      recipe(
        `export async function getStaticPaths({ paginate }) {
  const posts = await getCollection('news');
  return paginate(posts, { pageSize: 5 });
}`,
        'page',
      ),
    ).toEqual({ how: 'paginate', collection: 'news', param: 'page', pageSize: 5, drafts: 'included' });
  });

  it('says why, instead of guessing, for code it does not read', () => {
    const cases: [string, RegExp][] = [
      ["return [{ params: { slug: 'a' } }];", /code Postdesk does not read/],
      ["const posts = await getCollection('blog', ({ data }) => data.featured);\nreturn posts.map((p) => ({ params: { slug: p.id } }));", /filter other than leaving out drafts/],
      ["const posts = await getCollection('blog');\nreturn posts.map((p) => ({ params: { slug: p.data.permalink.toLowerCase() } }));", /"slug" parameter is computed/],
      ["const posts = await getCollection('blog');\nreturn posts.map((p) => ({ params: { slug: p.data[key] } }));", /"slug" parameter is computed/],
      ["const posts = (await getCollection('blog')).slice(0, 3);\nreturn posts.map((p) => ({ params: { slug: p.id } }));", /\.slice\(\)/],
      ["const name = 'blog';\nconst posts = await getCollection(name);\nreturn posts.map((p) => ({ params: { slug: p.id } }));", /computed at build time/],
    ];
    for (const [body, reason] of cases) {
      const read = recipe(`export async function getStaticPaths() {\n${body}\n}`);
      expect(read.how, body).toBe('unread');
      expect(read.how === 'unread' ? read.reason : '', body).toMatch(reason);
    }
    expect(recipe('const a = 1;')).toEqual({ how: 'unread', reason: 'it has no getStaticPaths that Postdesk can find' });
  });

  it('does not run the script: code with side effects is only parsed', () => {
    const marker = path.join(TEST_SITES, 'never-written.txt');
    recipe(`import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport function getStaticPaths() { return []; }`);
    expect(() => readFileSync(marker)).toThrow();
  });

  it('explains a script that cannot be parsed', () => {
    const read = readPageScript('page.astro', '---\nconst = ;\n---\n');
    expect(read).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('cannot be parsed') });
    expect(readPageScript('page.md', '# hi')).toEqual({ status: 'none' });
  });

  it('reads the test sites pages', () => {
    const docs = path.join(TEST_SITES, 'astro-docs/src/pages');
    const page = (file: string) => {
      const read = readPageScript(file, readFileSync(path.join(docs, file), 'utf8'));
      return read.status === 'parsed' ? read.program : undefined;
    };
    expect(readStaticPaths(page('[...slug].astro')!, 'slug')).toMatchObject({ how: 'entries', collection: 'docs', drafts: 'excluded', value: { rootWhen: 'index' } });
    expect(readStaticPaths(page('changelog/[...page].astro')!, 'page')).toMatchObject({ how: 'paginate', collection: 'releases', pageSize: 2 });
    expect(readStaticPaths(page('tags/[tag].astro')!, 'tag').how).toBe('unread');
  });
});
