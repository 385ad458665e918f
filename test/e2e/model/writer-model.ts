import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'zod';

/**
 * What a writer expects of the posts they edit: the model side of the model-based test.
 * A post's state is its body (exactly as the editor holds it) and the fields the test
 * edits, as the site reads them (Astro's own frontmatter reader and `z.coerce.date()`).
 */

export const POSTS = {
  A: { file: 'src/data/post/2022-08-15-mirror-2-4-5-release-and-many-contributions.md', slug: '2022-08-15-mirror-2-4-5-release-and-many-contributions' },
  B: { file: 'src/data/post/2023-09-30-september-2023-update.md', slug: '2023-09-30-september-2023-update' },
} as const;
export type PostKey = keyof typeof POSTS;
export const POST_KEYS = Object.keys(POSTS) as PostKey[];

export interface Fields {
  title: string;
  excerpt: string;
  category: string;
  draft: boolean;
  tags: string[];
  /** The instant the site reads, in ms. */
  publishDate: number;
}

export interface PostState {
  body: string;
  fields: Fields;
}

export interface TabState extends PostState {
  /** Every body the editor held since it was mounted: an undo lands on one of them. */
  history: string[];
}

export interface WriterModel {
  /** What each file holds (as the site reads it). */
  disk: Record<PostKey, PostState>;
  /** Open tabs, in the order they were opened. */
  tabs: Map<PostKey, TabState>;
  active: PostKey | null;
  /** Makes every typed text unique, so a lost or doubled edit shows. */
  counter: number;
}

/** A file's state as the site reads it: Astro's frontmatter reader, then the schema's coercions. */
export function readPostText(text: string): PostState {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'remove' });
  const data = frontmatter as Record<string, unknown>;
  return {
    // Astro leaves the closing fence's line break in the content; the editor starts after it.
    body: content.replace(/^\r?\n/, ''),
    fields: {
      title: String(data.title ?? ''),
      excerpt: String(data.excerpt ?? ''),
      category: String(data.category ?? ''),
      draft: data.draft === true,
      tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
      publishDate: z.coerce.date().parse(data.publishDate).getTime(),
    },
  };
}

export function readPost(site: string, key: PostKey): PostState {
  return readPostText(readFileSync(join(site, POSTS[key].file), 'utf8'));
}

export function sameFields(a: Fields, b: Fields): boolean {
  return (
    a.title === b.title &&
    a.excerpt === b.excerpt &&
    a.category === b.category &&
    a.draft === b.draft &&
    a.publishDate === b.publishDate &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i])
  );
}

export function samePost(a: PostState, b: PostState): boolean {
  return a.body === b.body && sameFields(a.fields, b.fields);
}

export function isDirty(model: WriterModel, key: PostKey): boolean {
  const tab = model.tabs.get(key);
  return !!tab && !samePost(tab, model.disk[key]);
}

export function openTab(model: WriterModel, key: PostKey): TabState {
  const state = model.disk[key];
  const tab = { body: state.body, fields: { ...state.fields, tags: [...state.fields.tags] }, history: [state.body] };
  model.tabs.set(key, tab);
  return tab;
}

export function activeTab(model: WriterModel): TabState {
  if (!model.active) throw new Error('No tab is active');
  return model.tabs.get(model.active)!;
}

/** The tab the app shows after `key` closes: the same one, or the last opened. */
export function closeTab(model: WriterModel, key: PostKey): void {
  model.tabs.delete(key);
  if (model.active === key) model.active = [...model.tabs.keys()].pop() ?? null;
}

export function describeState(state: PostState): string {
  const { body, fields } = state;
  return JSON.stringify({ ...fields, publishDate: new Date(fields.publishDate).toISOString(), body: body.length > 160 ? `…${body.slice(-160)}` : body });
}
