/**
 * Monthly update titles as the site writes them: "September 2023 Update",
 * "Mage-OS March 2024 Recap", "Mage-OS Aug Recap", "Mage OS Sept Update",
 * "Mage-OS January Update". A title qualifies when it names a month and says
 * update(s) or recap.
 */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

// "Sept" rather than "Sep": the form the site's own titles use.
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

const MONTH_TOKEN =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b/i;
const YEAR_TOKEN = /\b(19|20)\d{2}\b/;
const UPDATE_WORD = /\b(updates?|recap)\b/i;

export interface YearMonth {
  year: number;
  /** 0 = January. */
  month: number;
}

export interface UpdateTitle {
  month: number;
  year?: number;
  monthText: string;
  monthIndex: number;
  yearIndex?: number;
}

export function parseUpdateTitle(title: string): UpdateTitle | undefined {
  if (!UPDATE_WORD.test(title)) return undefined;
  const m = MONTH_TOKEN.exec(title);
  if (!m) return undefined;
  const monthText = m[0];
  const lower = monthText.toLowerCase();
  const month = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(lower.slice(0, 3)));
  const y = YEAR_TOKEN.exec(title);
  return {
    month,
    monthText,
    monthIndex: m.index,
    ...(y ? { year: Number(y[0]), yearIndex: y.index } : {}),
  };
}

/**
 * The month an update covers. Without a year in the title, it is the latest such month on
 * or before the publish date ("January Update" published on 1 February 2026 → January 2026).
 */
export function coveredMonth(parsed: UpdateTitle, published: YearMonth): YearMonth {
  if (parsed.year !== undefined) return { year: parsed.year, month: parsed.month };
  return { year: parsed.month > published.month ? published.year - 1 : published.year, month: parsed.month };
}

export function addMonths(ym: YearMonth, count: number): YearMonth {
  const index = ym.year * 12 + ym.month + count;
  return { year: Math.floor(index / 12), month: index % 12 };
}

export function monthKey(ym: YearMonth): number {
  return ym.year * 12 + ym.month;
}

function inCaseOf(sample: string, text: string): string {
  if (sample === sample.toUpperCase()) return text.toUpperCase();
  if (sample === sample.toLowerCase()) return text.toLowerCase();
  return text;
}

/** The name of `month` written the way `sample` writes its month (full or short, case). */
export function monthNameLike(sample: string, month: number): string {
  const full = MONTH_NAMES.some((name) => name.toLowerCase() === sample.toLowerCase());
  const name = full ? MONTH_NAMES[month] : MONTH_ABBREVIATIONS[month];
  return inCaseOf(sample, name ?? '');
}

/** The same title for another month: "Mage-OS January Update" → "Mage-OS February Update". */
export function retitleUpdate(title: string, parsed: UpdateTitle, target: YearMonth): string {
  const edits: { index: number; length: number; text: string }[] = [
    { index: parsed.monthIndex, length: parsed.monthText.length, text: monthNameLike(parsed.monthText, target.month) },
  ];
  if (parsed.yearIndex !== undefined) edits.push({ index: parsed.yearIndex, length: 4, text: String(target.year) });
  let out = title;
  // Right to left, so earlier indexes stay valid.
  for (const edit of edits.sort((a, b) => b.index - a.index)) {
    out = out.slice(0, edit.index) + edit.text + out.slice(edit.index + edit.length);
  }
  return out;
}
