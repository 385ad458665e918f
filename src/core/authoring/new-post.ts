import type { CollectionInfo, FieldInfo } from '../../shared/site-model';
import { formatDateLike } from '../roundtrip/date-format';
import { UserError } from '../user-error';
import { fileNameFromPattern, uniqueFileName } from './file-name-pattern';
import { quoteText, renderFrontmatter, type FrontmatterValue } from './frontmatter-text';
import { detectTextStyle, type TextStyle } from './text-style';

/** A file about to be created: where, and its whole text. */
export interface PlannedFile {
  /** Root-relative path, forward slashes. */
  file: string;
  text: string;
}

export interface NewPostInput {
  collection: CollectionInfo;
  title: string;
  now: Date;
  /** The writer's own author slug, chosen once in settings. */
  authorSlug?: string;
  /** Root-relative paths of the files that exist (at least those of the collection). */
  existingFiles: Iterable<string>;
  /** Raw texts of the collection's most recent entries, newest first, to copy their style. */
  recentTexts?: string[];
}

/** Names of the files in `folder` among root-relative paths. */
export function namesInFolder(folder: string, files: Iterable<string>): string[] {
  const prefix = folder ? `${folder}/` : '';
  const names: string[] = [];
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    const rest = file.slice(prefix.length);
    if (!rest.includes('/')) names.push(rest);
  }
  return names;
}

export function titleFieldOf(collection: CollectionInfo): string {
  const names = collection.fields.map((f) => f.name);
  return names.includes('title') || !names.includes('name') ? 'title' : 'name';
}

export function isAuthorField(field: FieldInfo): boolean {
  return field.name === 'author' || (field.kind === 'relation' && /author/i.test(field.relation?.collection ?? ''));
}

/** Defaults worth writing: an empty string, list or object would only add noise. */
function meaningfulDefault(value: unknown): FrontmatterValue | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/** The date field's text for `date`, in the shape and quotes of the recent entries. */
export function dateValue(date: Date, style: TextStyle): FrontmatterValue {
  const dateOnly = !/\d[Tt ]\d/.test(style.dateTemplate);
  const when = dateOnly ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())) : date;
  return quoteText(formatDateLike(style.dateTemplate, when), style.dateQuote);
}

/**
 * A new entry: title, the date field set to `now`, `draft: true` where the schema has a draft
 * flag, the author, and the schema/CMS defaults, in the CMS field order. Fields the writer must still fill (such as
 * a CMS-required excerpt) are left out rather than written empty.
 */
export function planNewPost(input: NewPostInput): PlannedFile {
  const { collection, now } = input;
  const title = input.title.trim();
  if (!title) throw new UserError('unsupported', 'A new post needs a title.');
  // A file() or inline-loader collection has no entry files: its entries are items of a data file or of the config.
  if (collection.extensions.length === 0) {
    throw new UserError('unsupported', `${collection.label} entries are not files of their own (they come from a data file or the content config), so a new post cannot be written there.`);
  }
  const style = detectTextStyle(input.recentTexts ?? [], collection.dateField);
  const titleField = titleFieldOf(collection);
  const fields = collection.fields.filter((f) => f.name !== 'body' && f.kind !== 'markdown');
  const hasField = (name: string): boolean => fields.some((f) => f.name === name);

  const pairs: [string, FrontmatterValue][] = [];
  const set = (name: string, value: FrontmatterValue | undefined): void => {
    if (value !== undefined && !pairs.some(([key]) => key === name)) pairs.push([name, value]);
  };
  // Fields the site does not list still get the essentials, title first.
  if (!hasField(titleField)) set(titleField, title);
  if (collection.dateField && !hasField(collection.dateField)) set(collection.dateField, dateValue(now, style));
  for (const field of fields) {
    if (field.name === titleField) set(field.name, title);
    else if (field.name === collection.dateField) set(field.name, dateValue(now, style));
    else if (field.name === 'draft') set('draft', true);
    else if (isAuthorField(field)) set(field.name, input.authorSlug?.trim() || meaningfulDefault(field.default));
    else set(field.name, meaningfulDefault(field.default));
  }

  const values = Object.fromEntries(pairs.map(([k, v]) => [k, typeof v === 'object' && !Array.isArray(v) ? undefined : v]));
  const base = fileNameFromPattern(collection.slugPattern, { title, date: now, fields: values });
  const ext = collection.extensions[0] ?? '.md';
  const name = uniqueFileName(base, ext, namesInFolder(collection.folder, input.existingFiles));
  const file = collection.folder ? `${collection.folder}/${name}` : name;
  return { file, text: renderFrontmatter(pairs, style.quote, style.eol) + style.eol };
}
