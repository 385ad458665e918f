import type { ImageTarget } from '../assets/rewrite-image-urls';
import { markdownStats } from '../../shared/reading-time';
import { cleanSlug } from '../../shared/slug';
import { escapeHtml } from './escape-html';

/**
 * The header AstroWind's SinglePost layout shows above a post: date · author · category ·
 * reading time, the title, the excerpt, the cover image; tags (shown by the site under the
 * post) come last here. Built from the raw frontmatter fields, which may be anything.
 */
export interface PostHeader {
  title: string;
  date?: { iso: string; text: string };
  author?: { slug: string; name: string };
  category?: { slug: string; title: string };
  tags: { slug: string; title: string }[];
  excerpt?: string;
  readingMinutes?: number;
  image?: { ref: string; alt: string; src?: string; missing?: string };
}

export interface PostHeaderOptions {
  /** Display name of an author slug (the authors collection); undefined shows the slug. */
  authorName?: (slug: string) => string | undefined;
  /** Where the cover image loads from (see createImageMapper); without it the reference is kept. */
  image?: (ref: string) => ImageTarget;
  /** BCP 47 language of the site (`i18n.language` in src/config.yaml); default 'en'. */
  language?: string;
  /** The markdown body, for the reading time. */
  body?: string;
}

/** AstroWind's getFormattedDate: e.g. "Sep 30, 2023", in UTC. */
export function formatPostDate(date: Date, language = 'en'): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** As zod's z.coerce.date() reads the field: a Date, or anything `new Date()` accepts. */
function toDate(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function buildPostHeader(fields: Record<string, unknown>, options: PostHeaderOptions = {}): PostHeader {
  const header: PostHeader = { title: text(fields.title) ?? '', tags: [] };
  const date = toDate(fields.publishDate);
  if (date) header.date = { iso: date.toISOString(), text: formatPostDate(date, options.language) };
  const author = text(fields.author);
  if (author) header.author = { slug: author, name: options.authorName?.(author) ?? author };
  const category = text(fields.category);
  if (category) header.category = { slug: cleanSlug(category), title: category };
  if (Array.isArray(fields.tags)) {
    header.tags = fields.tags.map(text).filter((tag): tag is string => !!tag).map((tag) => ({ slug: cleanSlug(tag), title: tag }));
  }
  header.excerpt = text(fields.excerpt);
  if (options.body !== undefined) header.readingMinutes = markdownStats(options.body).readingMinutes || undefined;
  const image = text(fields.image);
  if (image) {
    // AstroWind uses the excerpt as the cover's alt text; the site's imageAlt wins when set.
    const alt = text(fields.imageAlt) ?? header.excerpt ?? '';
    const target = options.image ? options.image(image) : null;
    header.image = { ref: image, alt };
    if (target && 'url' in target) header.image.src = target.url;
    else if (target && 'missing' in target) header.image.missing = target.missing;
    else header.image.src = image;
  }
  return header;
}

/** The header as HTML for the preview frame; every value is escaped. */
export function renderPostHeaderHtml(header: PostHeader): string {
  const meta: string[] = [];
  if (header.date) meta.push(`<time datetime="${escapeHtml(header.date.iso)}">${escapeHtml(header.date.text)}</time>`);
  if (header.author) meta.push(`<span class="pd-post-author" title="${escapeHtml(header.author.slug)}">${escapeHtml(header.author.name)}</span>`);
  if (header.category) meta.push(`<span class="pd-post-category">${escapeHtml(header.category.title)}</span>`);
  if (header.readingMinutes) meta.push(`<span>${header.readingMinutes}</span> min read`);
  const parts = [`<header class="pd-post-header">`];
  if (meta.length > 0) parts.push(`<p class="pd-post-meta">${meta.join(' · ')}</p>`);
  parts.push(`<h1 class="pd-post-title">${escapeHtml(header.title)}</h1>`);
  if (header.excerpt) parts.push(`<p class="pd-post-excerpt">${escapeHtml(header.excerpt)}</p>`);
  if (header.image?.src) {
    parts.push(`<img class="pd-post-cover" src="${escapeHtml(header.image.src)}" alt="${escapeHtml(header.image.alt)}" width="900" height="506">`);
  } else if (header.image?.missing !== undefined) {
    const label = escapeHtml(header.image.missing);
    parts.push(`<span class="pd-missing-image pd-post-cover" role="img" aria-label="Missing image: ${label}" title="${label}">Missing image: ${label}</span>`);
  }
  if (header.tags.length > 0) {
    parts.push(`<ul class="pd-post-tags">${header.tags.map((tag) => `<li>${escapeHtml(tag.title)}</li>`).join('')}</ul>`);
  }
  parts.push('</header>');
  return parts.join('\n');
}

export function renderPostHeader(fields: Record<string, unknown>, options: PostHeaderOptions = {}): string {
  return renderPostHeaderHtml(buildPostHeader(fields, options));
}
