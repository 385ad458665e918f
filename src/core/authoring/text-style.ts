import { DEFAULT_DATE_TEMPLATE, isDateText } from '../roundtrip/date-format';
import { readFrontmatter, type QuoteStyle } from './frontmatter-text';

/**
 * How a collection's recent entries are written, so a new entry looks like its neighbours:
 * the quote style of text values, the exact shape of the date, the line endings.
 */
export interface TextStyle {
  quote: QuoteStyle;
  /** An existing date text whose shape new dates copy (`2026-01-20T00:00:00.000Z`). */
  dateTemplate: string;
  dateQuote: QuoteStyle;
  eol: '\n' | '\r\n';
}

export const DEFAULT_TEXT_STYLE: TextStyle = {
  quote: 'QUOTE_DOUBLE',
  dateTemplate: DEFAULT_DATE_TEMPLATE,
  dateQuote: 'QUOTE_DOUBLE',
  eol: '\n',
};

/** The most frequent value; ties go to the one seen first (the newest entry). */
function majority<T>(values: T[], fallback: T, keyOf: (v: T) => string = String): T {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const key = keyOf(value);
    const slot = counts.get(key);
    if (slot) slot.count++;
    else counts.set(key, { value, count: 1 });
  }
  let best: { value: T; count: number } | undefined;
  for (const slot of counts.values()) if (!best || slot.count > best.count) best = slot;
  return best ? best.value : fallback;
}

/**
 * A date-time without a zone is not copied: quoted, `new Date()` reads it in the build
 * machine's zone, which is how the CMS moved a post to the previous day.
 */
function isSafeDateShape(text: string): boolean {
  if (!isDateText(text)) return false;
  const hasTime = /\d[Tt ]\d/.test(text);
  return !hasTime || /(?:Z|z|[+-]\d{1,2}(?::?\d{2})?)$/.test(text.trim());
}

/**
 * Detects the style from raw entry texts, newest first (the caller passes the few most
 * recent ones: styles drift over a site's life).
 */
export function detectTextStyle(texts: string[], dateField?: string): TextStyle {
  const quotes: QuoteStyle[] = [];
  const dates: { template: string; quote: QuoteStyle }[] = [];
  const eols: ('\n' | '\r\n')[] = [];
  for (const text of texts) {
    const fm = readFrontmatter(text);
    if (!fm) continue;
    eols.push(fm.eol);
    for (const key of fm.keys) {
      const value = fm.data[key];
      const style = fm.styles[key];
      if (typeof value !== 'string' || !style) continue;
      if (key === dateField) {
        if (isSafeDateShape(value)) dates.push({ template: value.trim(), quote: style });
      } else if (!isDateText(value)) {
        quotes.push(style);
      }
    }
  }
  const shapeKey = (d: { template: string; quote: QuoteStyle }): string => `${d.quote}|${d.template.replace(/\d/g, '9')}`;
  const date = majority(dates, { template: DEFAULT_TEXT_STYLE.dateTemplate, quote: DEFAULT_TEXT_STYLE.dateQuote }, shapeKey);
  return {
    quote: majority(quotes, DEFAULT_TEXT_STYLE.quote),
    dateTemplate: date.template,
    dateQuote: date.quote,
    eol: majority(eols, DEFAULT_TEXT_STYLE.eol),
  };
}
