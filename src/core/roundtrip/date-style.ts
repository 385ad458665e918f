/**
 * The style of a date as a file writes it, how the site reads it back, and how a new date
 * is written in that style. The site reads a date with `z.coerce.date()`: a YAML timestamp
 * (plain `2024-05-01` or `2024-05-01T10:00:00`) is a Date in UTC; any other text goes through
 * `new Date(text)`, which reads `2024-05-01` as UTC midnight but `2024-05-01T10:00`,
 * `2024-05-01 10:00` and `Jul 15 2022` in the local time zone of the machine that builds.
 * Values without a zone are read here in the writer's zone, the one they picked the date in.
 */
import { formatDateLike } from './date-format';

export type QuoteStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

/** How the site turns the text into an instant: as written in UTC (or its zone), or in local time. */
export type DateReading = 'utc' | 'local';

export interface DateStyle {
  kind: 'iso' | 'month-name';
  /** The unquoted text of the value the style was taken from. */
  template: string;
  quote: QuoteStyle;
  reading: DateReading;
  hasTime: boolean;
}

/** A date the writer picked in the form: the instant, and how they picked it. */
export interface PickedDate {
  /** A calendar day (date input): the instant is that day's midnight UTC. */
  dateOnly: boolean;
  /** The writer's UTC offset in minutes (east positive) at that instant. */
  offsetMinutes: number;
}

// js-yaml's timestamp (YAML 1.1): a date, or a date-time with seconds; anything else is text.
const YAML_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?)?$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// `Jul 15 2022`, `July 15, 2022`, `15 Jul 2022`: the shapes `new Date()` reads as a local calendar day.
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(,?)\s+(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?(,?)\s+(\d{4})$/;

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m === lower || (lower.length === 3 && m.startsWith(lower)) || (lower === 'sept' && m === 'september'));
}

function unquote(source: string): { text: string; quote: QuoteStyle } {
  const t = source.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return { text: t.slice(1, -1).replace(/''/g, "'"), quote: 'QUOTE_SINGLE' };
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return { text: t.slice(1, -1), quote: 'QUOTE_DOUBLE' };
  return { text: t, quote: 'PLAIN' };
}

/** The style of a scalar's source text (quotes included), or null when it is no date the site reads. */
export function dateStyleOf(source: string): DateStyle | null {
  const { text, quote } = unquote(source);
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const hasTime = iso[5] !== undefined;
    const hasZone = iso[9] !== undefined;
    const timestamp = quote === 'PLAIN' && YAML_TIMESTAMP.test(text);
    return { kind: 'iso', template: text, quote, reading: !hasTime || hasZone || timestamp ? 'utc' : 'local', hasTime };
  }
  const named = MONTH_FIRST.exec(text) ?? DAY_FIRST.exec(text);
  if (named && monthIndex(MONTH_FIRST.test(text) ? named[1]! : named[2]!) !== -1) {
    return { kind: 'month-name', template: text, quote, reading: 'local', hasTime: false };
  }
  return null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall clock to write: the picked day itself, or the instant in the zone the site will read it in. */
function wallClock(instant: Date, style: DateStyle, picked: PickedDate | undefined): Date {
  if (picked?.dateOnly) return instant;
  const offset = picked?.offsetMinutes ?? -instant.getTimezoneOffset();
  return new Date(instant.getTime() + offset * 60_000);
}

function formatMonthName(template: string, wall: Date): string {
  const first = MONTH_FIRST.exec(template);
  const parts = first ?? DAY_FIRST.exec(template)!;
  const name = first ? parts[1]! : parts[2]!;
  const dayText = first ? parts[2]! : parts[1]!;
  const full = MONTHS[wall.getUTCMonth()]!;
  let month = name.length === 3 ? full.slice(0, 3) : full;
  if (name === name.toUpperCase()) month = month.toUpperCase();
  else if (name[0] === name[0]!.toUpperCase()) month = month[0]!.toUpperCase() + month.slice(1);
  const dot = /^[A-Za-z]+\./.test(template.slice(first ? 0 : template.indexOf(name))) ? '.' : '';
  const day = dayText.length === 2 ? pad(wall.getUTCDate()) : String(wall.getUTCDate());
  const comma = parts[3] ?? '';
  const year = pad(wall.getUTCFullYear(), 4);
  return first ? `${month}${dot} ${day}${comma} ${year}` : `${day} ${month}${dot}${comma} ${year}`;
}

/**
 * The date written in `style`, unquoted; null when the style cannot hold it (a time of day
 * in a style without one): the caller then writes ISO and tells the writer.
 */
export function writeDateInStyle(style: DateStyle, instant: Date, picked?: PickedDate): string | null {
  if (style.reading === 'utc') {
    const text = formatDateLike(style.template, instant);
    // formatDateLike widens a date-only template for a time of day: that is no longer the style.
    return !style.hasTime && ISO_LIKE.exec(text)?.[5] !== undefined ? null : text;
  }
  const wall = wallClock(instant, style, picked);
  const midnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0 && wall.getUTCSeconds() === 0 && wall.getUTCMilliseconds() === 0;
  if (style.kind === 'month-name') return midnight ? formatMonthName(style.template, wall) : null;
  // An ISO-like local value: the wall clock in the template's shape, without a zone.
  return formatDateLike(style.template, wall);
}

/**
 * The instant the site reads from a value as js-yaml gives it (a Date, or text for
 * `new Date()`), with zone-less local text read at `offsetMinutes`; undefined when it is no date.
 */
export function readLikeTheSite(value: unknown, offsetMinutes: number): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const style = dateStyleOf(JSON.stringify(value));
  if (!style) return undefined;
  if (style.kind === 'month-name') {
    const m = MONTH_FIRST.exec(value.trim()) ?? DAY_FIRST.exec(value.trim())!;
    const first = MONTH_FIRST.test(value.trim());
    const month = monthIndex(first ? m[1]! : m[2]!);
    const day = Number(first ? m[2] : m[1]);
    return new Date(Date.UTC(Number(m[4]), month, day) - offsetMinutes * 60_000);
  }
  const iso = ISO_LIKE.exec(value.trim())!;
  const [, y, mo, d, , h, mi, s, frac, zone] = iso;
  const ms = frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms);
  if (zone) return new Date(utc - zoneMinutes(zone) * 60_000);
  return new Date(style.reading === 'utc' ? utc : utc - offsetMinutes * 60_000);
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** The calendar day of an instant at a UTC offset, as YYYY-MM-DD. */
export function dayAt(instant: Date, offsetMinutes: number): string {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/**
 * Whether what the site reads back from a written value is what the writer picked: the same
 * calendar day for a picked day (in UTC for a date-only value the site reads in UTC, in the
 * writer's zone otherwise), the same instant for a picked time.
 */
export function readsBackAsPicked(value: unknown, instant: Date, picked: PickedDate): boolean {
  const read = readLikeTheSite(value, picked.offsetMinutes);
  if (!read) return false;
  if (!picked.dateOnly) return read.getTime() === instant.getTime();
  const utcDay = read.getUTCHours() === 0 && read.getUTCMinutes() === 0 && dayAt(read, 0) === dayAt(instant, 0);
  return utcDay || dayAt(read, picked.offsetMinutes) === dayAt(instant, 0);
}

/** Parses what the form sends for a date: `YYYY-MM-DD` (a day) or ISO with the writer's offset. */
export function parsePickedDate(input: string): { instant: Date; picked: PickedDate } | undefined {
  const text = input.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const instant = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (dayAt(instant, 0) !== text) return undefined;
    return { instant, picked: { dateOnly: true, offsetMinutes: 0 } };
  }
  const iso = ISO_LIKE.exec(text);
  if (!iso || iso[5] === undefined) return undefined;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return undefined;
  return { instant, picked: { dateOnly: false, offsetMinutes: iso[9] ? zoneMinutes(iso[9]) : 0 } };
}
