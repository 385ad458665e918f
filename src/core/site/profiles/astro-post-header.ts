import { headerDate, headerImage, headerText, type PostHeader, type PostHeaderOptions } from '../../preview/post-header';

/** Date fields in the order Astro's templates name them. */
const dateFields = ['pubDate', 'publishDate', 'date', 'published', 'publishedAt'];
const imageFields = ['heroImage', 'image', 'cover'];

/**
 * A plain header by Astro's own conventions (the blog template's BlogPost layout): the cover
 * (`heroImage`), the publication date, the title and the description. No reading time, no
 * author or category line: Astro shows none unless a theme adds them.
 */
export function astroPostHeader(fields: Record<string, unknown>, options: PostHeaderOptions = {}): PostHeader {
  const header: PostHeader = { title: headerText(fields.title) ?? '', tags: [] };
  for (const name of dateFields) {
    const date = headerDate(fields[name]);
    if (!date) continue;
    header.date = date;
    break;
  }
  header.excerpt = headerText(fields.description);
  for (const name of imageFields) {
    const image = headerText(fields[name]);
    if (!image) continue;
    header.image = headerImage(image, headerText(fields.heroImageAlt) ?? headerText(fields.imageAlt) ?? '', options);
    break;
  }
  return header;
}
