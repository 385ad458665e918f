import type { ImageTarget } from '../assets/rewrite-image-urls';
import { escapeHtml } from './escape-html';

/**
 * The header a site's post layout shows above a post (date · author · category · reading
 * time, the title, the excerpt, the cover image; tags last). Which fields fill it is the
 * site profile's business (src/core/site/profiles); this module only draws it.
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
  /** The markdown body, for the reading time (when the site shows one). */
  body?: string;
}

/** A date as Astro themes print it ("Sep 30, 2023"), in UTC. */
export function formatPostDate(date: Date, language = 'en'): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A frontmatter value shown as text: a non-blank string or a number. */
export function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** As zod's z.coerce.date() reads the field: a Date, or anything `new Date()` accepts. */
export function headerDate(value: unknown, language?: string): PostHeader['date'] {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value as string | number);
  if (Number.isNaN(date.getTime())) return undefined;
  return { iso: date.toISOString(), text: formatPostDate(date, language) };
}

/** The cover image, loaded through the preview's image mapper when there is one. */
export function headerImage(ref: string, alt: string, options: PostHeaderOptions): NonNullable<PostHeader['image']> {
  const target = options.image ? options.image(ref) : null;
  const image: NonNullable<PostHeader['image']> = { ref, alt };
  if (target && 'url' in target) image.src = target.url;
  else if (target && 'missing' in target) image.missing = target.missing;
  else image.src = ref;
  return image;
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
