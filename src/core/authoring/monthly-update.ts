import { UserError } from '../user-error';
import type { CollectionInfo, EntrySummary } from '../../shared/site-model';
import { formatDateLike } from '../roundtrip/date-format';
import { fileNameFromPattern, uniqueFileName } from './file-name-pattern';
import { readFrontmatter, quoteText, renderFrontmatter, type FrontmatterValue, type QuoteStyle } from './frontmatter-text';
import { headingOutline, outlineBody } from './heading-outline';
import { namesInFolder, titleFieldOf, type PlannedFile } from './new-post';
import { DEFAULT_TEXT_STYLE, detectTextStyle } from './text-style';
import { addMonths, coveredMonth, MONTH_NAMES, monthKey, parseUpdateTitle, retitleUpdate, type YearMonth } from './update-title';

export interface MonthlyUpdateInput {
  /** The site's entries (any collections; only `collection`'s are looked at). */
  entries: EntrySummary[];
  /** Raw text of a root-relative file. */
  readFile(file: string): string;
  collection: CollectionInfo;
  /** Dates the first update when the collection has none yet. */
  now: Date;
}

export interface MonthlyUpdatePlan extends PlannedFile {
  title: string;
  /** The month the new update covers. */
  month: YearMonth;
  /** The update whose title, category, author and outline were copied, if any. */
  basedOn?: string;
}

interface Candidate {
  entry: EntrySummary;
  covers: YearMonth;
  published: number;
}

function publishedAt(entry: EntrySummary): Date | undefined {
  const text = entry.date ?? /^(\d{4}-\d{2}-\d{2})/.exec(entry.slug)?.[1];
  const date = text ? new Date(text) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Update posts with the month each covers; category "Updates" ones win when there are any. */
export function findMonthlyUpdates(entries: EntrySummary[], collection: string): Candidate[] {
  const found: Candidate[] = [];
  for (const entry of entries) {
    if (entry.collection !== collection) continue;
    const parsed = parseUpdateTitle(entry.title);
    const date = publishedAt(entry);
    if (!parsed || !date) continue;
    const covers = coveredMonth(parsed, { year: date.getUTCFullYear(), month: date.getUTCMonth() });
    found.push({ entry, covers, published: date.getTime() });
  }
  const inCategory = found.filter((c) => /^updates?$/i.test(c.entry.category?.trim() ?? ''));
  return (inCategory.length > 0 ? inCategory : found).sort(
    (a, b) => monthKey(b.covers) - monthKey(a.covers) || b.published - a.published,
  );
}

function lastDayOf(ym: YearMonth): Date {
  return new Date(Date.UTC(ym.year, ym.month + 1, 0));
}

/**
 * The next month's update: titled after the latest update, dated the last day of its
 * month, with the latest update's category, author and `##`/`###` outline, as a draft
 * where the schema has a draft flag.
 * The month is the one after the latest update's (even if that is long past, so a missed
 * month is not skipped), never one that already has an update.
 */
export function planMonthlyUpdate(input: MonthlyUpdateInput): MonthlyUpdatePlan {
  const { collection } = input;
  const updates = findMonthlyUpdates(input.entries, collection.name);
  const latest = updates[0];
  const titleField = titleFieldOf(collection);
  const dateField = collection.dateField;
  if (collection.extensions.length === 0) {
    throw new UserError('unsupported', `${collection.label} entries are not files of their own (they come from a data file or the content config), so a monthly update cannot be written there.`);
  }
  if (!dateField) throw new UserError('unsupported', `${collection.label} has no date field, so it has no monthly updates.`);
  // A draft flag is written only where the site's schema has one: anywhere else it is an error.
  const hasDraft = collection.fields.some((f) => f.name === 'draft');

  let month: YearMonth;
  let title: string;
  const pairs: [string, FrontmatterValue][] = [];
  let quote: QuoteStyle = DEFAULT_TEXT_STYLE.quote;
  let eol: '\n' | '\r\n' = '\n';
  let body = '';

  if (latest) {
    const taken = new Set(updates.map((u) => monthKey(u.covers)));
    month = addMonths(latest.covers, 1);
    while (taken.has(monthKey(month))) month = addMonths(month, 1);
    title = retitleUpdate(latest.entry.title, parseUpdateTitle(latest.entry.title)!, month);

    const text = input.readFile(latest.entry.file);
    const fm = readFrontmatter(text);
    const style = detectTextStyle([text], dateField);
    quote = fm?.styles[titleField] ?? style.quote;
    eol = style.eol;
    const dateQuote = fm?.styles[dateField] ?? style.dateQuote;
    const date = quoteText(formatDateLike(style.dateTemplate, lastDayOf(month)), dateQuote);

    const copied = ['category', 'author'];
    for (const key of fm?.keys ?? []) {
      const value = fm?.data[key];
      if (key === titleField) pairs.push([key, title]);
      else if (key === dateField) pairs.push([key, date]);
      else if (key === 'draft' && hasDraft) pairs.push([key, true]);
      else if (copied.includes(key) && (typeof value === 'string' || Array.isArray(value))) pairs.push([key, value as FrontmatterValue]);
    }
    if (!pairs.some(([k]) => k === titleField)) pairs.unshift([titleField, title]);
    if (!pairs.some(([k]) => k === dateField)) pairs.splice(1, 0, [dateField, date]);
    if (hasDraft && !pairs.some(([k]) => k === 'draft')) pairs.push(['draft', true]);
    body = outlineBody(headingOutline(fm?.body ?? ''), eol);
  } else {
    month = { year: input.now.getUTCFullYear(), month: input.now.getUTCMonth() };
    title = `${MONTH_NAMES[month.month]} ${month.year} Update`;
    pairs.push([titleField, title], [dateField, quoteText(formatDateLike(DEFAULT_TEXT_STYLE.dateTemplate, lastDayOf(month)), quote)]);
    const category = collection.fields.find((f) => f.name === 'category');
    const option = category?.options?.find((o) => /^updates?$/i.test(o));
    if (option) pairs.push(['category', option]);
    if (hasDraft) pairs.push(['draft', true]);
  }

  const base = fileNameFromPattern(collection.slugPattern, { title, date: lastDayOf(month) });
  const ext = collection.extensions[0] ?? '.md';
  const existing = namesInFolder(collection.folder, input.entries.map((e) => e.file));
  const name = uniqueFileName(base, ext, existing);
  const file = collection.folder ? `${collection.folder}/${name}` : name;
  const text = renderFrontmatter(pairs, quote, eol) + eol + body;
  return { file, text, title, month, ...(latest ? { basedOn: latest.entry.file } : {}) };
}
