import type { EntryAnalysis } from '../../../rules/entry-analysis';
import type { CollectionSpec, SiteSpec } from '../../site-spec';
import type { ProfileRoutes } from '../site-profile';
import { cleanSlug } from './clean-slug';
import { astroWindPermalink } from './permalink';
import type { AstroWindBlog } from './theme-config';

/** The collection AstroWind's blog reads (`getCollection('post')`), or a folder named like it. */
export function blogCollection(spec: SiteSpec): CollectionSpec | undefined {
  return (
    spec.collections.find((c) => c.info.name === 'post') ??
    spec.collections.find((c) => /(?:^|\/)(?:post|posts|blog)$/.test(c.info.folder))
  );
}

/** A list's first page and its numbered pages (`/blog`, `/blog/2`, …). */
function* paged(base: string, count: number, perPage: number): Iterable<string> {
  yield base;
  const pages = Math.ceil(count / perPage);
  for (let page = 2; page <= pages; page++) yield `${base}/${page}`;
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The addresses AstroWind's src/pages/[...blog] pages build: each post, the blog list, categories and tags. */
export function astroWindBlogRoutes(spec: SiteSpec, blog: AstroWindBlog): ProfileRoutes | undefined {
  const name = blogCollection(spec)?.info.name;
  if (!name) return undefined;
  return {
    entryUrl(entry) {
      if (entry.collection !== name || !blog.postEnabled) return undefined;
      return astroWindPermalink(blog.permalink, { id: entry.slug, category: entry.category, date: entry.date });
    },
    *listingPaths(entries: Iterable<EntryAnalysis>) {
      const categories = new Map<string, number>();
      const tags = new Map<string, number>();
      let published = 0;
      for (const entry of entries) {
        // The theme's load() leaves drafts out of every list.
        if (entry.collection !== name || entry.draft) continue;
        published++;
        if (entry.category) count(categories, cleanSlug(entry.category));
        for (const tag of entry.tags) count(tags, cleanSlug(tag));
      }
      if (blog.listEnabled) yield* paged(`/${blog.listPathname}`, published, blog.postsPerPage);
      if (blog.categoryEnabled) for (const [slug, n] of categories) yield* paged(`/${blog.categoryPathname}/${slug}`, n, blog.postsPerPage);
      if (blog.tagEnabled) for (const [slug, n] of tags) yield* paged(`/${blog.tagPathname}/${slug}`, n, blog.postsPerPage);
    },
  };
}
