import { headerDate, headerImage, headerText, type PostHeader, type PostHeaderOptions } from '../../../preview/post-header';
import { markdownStats } from '../../../../shared/reading-time';
import { cleanSlug } from './clean-slug';

/**
 * The header AstroWind's SinglePost layout shows above a post: publishDate · author ·
 * category · reading time (its remark plugin, the status bar's count), the title, the
 * excerpt, the cover image (the excerpt as its alt text unless `imageAlt` is set); tags,
 * shown by the site under the post, come last here.
 */
export function astroWindPostHeader(fields: Record<string, unknown>, options: PostHeaderOptions = {}, language?: string): PostHeader {
  const header: PostHeader = { title: headerText(fields.title) ?? '', tags: [] };
  const date = headerDate(fields.publishDate, language);
  if (date) header.date = date;
  const author = headerText(fields.author);
  if (author) header.author = { slug: author, name: options.authorName?.(author) ?? author };
  const category = headerText(fields.category);
  if (category) header.category = { slug: cleanSlug(category), title: category };
  if (Array.isArray(fields.tags)) {
    header.tags = fields.tags.map(headerText).filter((tag): tag is string => !!tag).map((tag) => ({ slug: cleanSlug(tag), title: tag }));
  }
  header.excerpt = headerText(fields.excerpt);
  if (options.body !== undefined) header.readingMinutes = markdownStats(options.body).readingMinutes || undefined;
  const image = headerText(fields.image);
  if (image) header.image = headerImage(image, headerText(fields.imageAlt) ?? header.excerpt ?? '', options);
  return header;
}
