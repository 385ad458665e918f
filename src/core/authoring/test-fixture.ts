import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CollectionInfo, EntrySummary, FieldInfo } from '../../shared/site-model';
import { copyFixtureTree, FIXTURE_ROOT } from '../../test-support/shared-fixtures';
import { readFrontmatter } from './frontmatter-text';

export { FIXTURE_ROOT };

/** Test support: temp copies of the reference site and a hand-built view of its blog. */



export function tempDir(prefix = 'postdesk-authoring-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function copyFixture(): string {
  const dir = tempDir();
  copyFixtureTree(FIXTURE_ROOT, dir);
  return dir;
}

const field = (name: string, kind: FieldInfo['kind'], extra: Partial<FieldInfo> = {}): FieldInfo => ({
  name,
  label: name,
  kind,
  required: false,
  cmsRequired: false,
  ...extra,
});

/** The post collection as the CMS config and schema describe it. */
export function postCollection(): CollectionInfo {
  return {
    name: 'post',
    label: 'Blog Posts',
    folder: 'src/data/post',
    extensions: ['.md', '.mdx'],
    slugPattern: '{{year}}-{{month}}-{{day}}-{{slug}}',
    dateField: 'publishDate',
    hasSchema: true,
    fields: [
      field('title', 'string', { required: true, cmsRequired: true }),
      field('excerpt', 'text', { cmsRequired: true }),
      field('publishDate', 'datetime', { cmsRequired: true }),
      field('draft', 'boolean', { default: false }),
      field('category', 'select', { cmsRequired: true, options: ['Releases', 'Updates', 'Community', 'Events'] }),
      field('tags', 'list', { itemKind: 'string' }),
      field('image', 'image'),
      field('imageAlt', 'string'),
      field('author', 'relation', {
        default: 'mage-os-team',
        relation: { collection: 'authors', valueField: 'slug', displayField: 'name' },
      }),
      field('body', 'markdown'),
      field('updateDate', 'datetime'),
      field('metadata', 'object'),
    ],
  };
}

/** Entry summaries of a site's posts, read straight from the files. */
export function postEntries(root: string): EntrySummary[] {
  const folder = 'src/data/post';
  return fs
    .readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const fm = readFrontmatter(fs.readFileSync(path.join(root, folder, name), 'utf8'));
      const data = fm?.data ?? {};
      const str = (key: string): string | undefined => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
      const date = str('publishDate');
      return {
        file: `${folder}/${name}`,
        collection: 'post',
        slug: name.replace(/\.md$/, ''),
        title: str('title') ?? '',
        ...(date ? { date: new Date(date).toISOString() } : {}),
        draft: data.draft === true,
        ...(str('category') ? { category: str('category') } : {}),
        ...(str('author') ? { author: str('author') } : {}),
        tags: Array.isArray(data.tags) ? (data.tags as string[]) : [],
        errors: 0,
        warnings: 0,
      };
    });
}
