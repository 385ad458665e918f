import type { PostHeader, PostHeaderOptions } from '../../preview/post-header';
import type { EntryAnalysis } from '../../rules/entry-analysis';
import type { SiteSpec } from '../site-spec';

/** The paths a profile gives for a site's entries, built once per route table. */
export interface ProfileRoutes {
  /** The address of an entry the theme publishes itself (drafts included: the table marks them). */
  entryUrl(entry: EntryAnalysis): string | undefined;
  /** Pages the theme builds from all its published entries: lists, categories, tags. */
  listingPaths(entries: Iterable<EntryAnalysis>): Iterable<string>;
}

/**
 * What belongs to one site's theme rather than to Astro: which pages it routes itself and the
 * addresses they give, the site's name and address in the theme's own config, and the post
 * header (with the reading time) its post layout shows. The default profile is Astro's own
 * conventions: every route read from the page files, a plain header.
 */
export interface SiteProfile {
  readonly id: 'astro' | 'astrowind';
  /** The site's name as its config gives it (else the folder's name is used). */
  readonly siteName?: string;
  /** The site's own URL (`site` in astro.config or the theme's config). */
  readonly siteUrl?: string;
  /** Whether this page's paths come from the profile instead of being read from its getStaticPaths. */
  ownsPage(segments: string[]): boolean;
  /** The addresses of the pages the profile owns (called only when it owns at least one). */
  routes(spec: SiteSpec): ProfileRoutes | undefined;
  /** The header the site's post layout shows above a post, from its raw frontmatter fields. */
  postHeader(fields: Record<string, unknown>, options?: PostHeaderOptions): PostHeader;
}
