/**
 * Conversions between what a frontmatter date holds (an instant, written in some text form)
 * and what an <input type="datetime-local"> / <input type="date"> shows (local wall-clock text).
 * All local-time arithmetic goes through Date so DST gaps and overlaps follow the platform.
 */

export type DatePrecision = 'date' | 'minute' | 'second' | 'millisecond';

export interface StoredDate {
  /** The instant the site build will see (zone-less local text: as built in this machine's zone). */
  date: Date;
  precision: DatePrecision;
  /** False when the text had a time but no zone. */
  hasZone: boolean;
  /**
   * How the site reads the text: a YAML timestamp or text with a zone as written ('utc'),
   * other zone-less text (`'2024-05-01 10:00'`, `Jul 15 2022`) through `new Date()`, in
   * the local zone of the machine that builds ('local').
   */
  reading: 'utc' | 'local';
  /** For a date-only value: the calendar day written, YYYY-MM-DD. */
  day?: string;
}

// YAML 1.1 timestamps (what js-yaml reads) plus the ISO forms people quote by hand.
const DATE_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?$/;

/** Removes YAML quoting from a scalar's source text ("'2024-01-05'" → "2024-01-05"). */
export function unquoteScalar(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) {
    return t.slice(1, -1).trim();
  }
  return t;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.length <= 2 ? digits : digits.slice(0, digits.length - 2));
  const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
  return sign * (hours * 60 + minutes);
}

function validDate(d: Date): Date | null {
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Date rolls invalid parts over (Feb 30 → Mar 1, month 13 → January); a rolled-over date means the text was wrong. */
function sameUtcDay(d: Date, month: string | undefined, day: string | undefined): boolean {
  return d.getUTCMonth() === Number(month) - 1 && d.getUTCDate() === Number(day);
}

// `Jul 15 2022`, `July 15, 2022`, `15 Jul 2022`: a calendar day that `new Date()` reads in local time.
const MONTH_NAME_DAY = /^(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Za-z]{3,9}\.?,?)\s+\d{4}$/;
// What js-yaml reads as a timestamp (a date, or a date-time with seconds) when not quoted.
const YAML_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

const isQuoted = (text: string) => /^\s*(['"]).*\1\s*$/.test(text);

/** Reads a date from the file's text form (quotes included, if any); returns null when it is not a date. */
export function parseStoredText(text: string): StoredDate | null {
  const t = unquoteScalar(text);
  const dateOnly = DATE_ONLY.exec(t);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    const date = validDate(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
    return date && sameUtcDay(date, m, d) ? { date, precision: 'date', hasZone: true, reading: 'utc', day: toDateInput(date) } : null;
  }
  const dt = DATE_TIME.exec(t);
  if (dt) {
    const [, y, mo, d, h, mi, s, frac, zone] = dt;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), ms);
    if (!sameUtcDay(new Date(utc), mo, d) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
    const precision: DatePrecision = frac ? 'millisecond' : s ? 'second' : 'minute';
    if (zone) return { date: new Date(utc - zoneOffsetMinutes(zone) * 60_000), precision, hasZone: true, reading: 'utc' };
    if (!isQuoted(text) && YAML_TIMESTAMP.test(t)) return { date: new Date(utc), precision, hasZone: false, reading: 'utc' };
    const local = validDate(new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), ms));
    return local && { date: local, precision, hasZone: false, reading: 'local' };
  }
  const loose = validDate(new Date(t));
  if (loose && MONTH_NAME_DAY.test(t)) {
    return { date: loose, precision: 'date', hasZone: false, reading: 'local', day: toLocalDay(loose) };
  }
  // Anything else Date understands: keep it, with second precision.
  return loose && { date: loose, precision: 'second', hasZone: true, reading: 'local' };
}

function toLocalDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The stored date from the parsed value and the exact source text; the text decides the
 * precision, the value (when it is already a Date) the instant.
 */
export function parseStoredDate(value: unknown, raw?: string): StoredDate | null {
  const fromRaw = raw !== undefined && raw.trim() !== '' ? parseStoredText(raw) : null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    if (fromRaw) return { ...fromRaw, date: value, day: fromRaw.day && fromRaw.reading === 'utc' ? toDateInput(value) : fromRaw.day };
    return { date: value, precision: 'millisecond', hasZone: true, reading: 'utc' };
  }
  if (fromRaw) return fromRaw;
  if (typeof value === 'string') return parseStoredText(value);
  if (typeof value === 'number' && Number.isFinite(value)) {
    return { date: new Date(value), precision: 'millisecond', hasZone: true, reading: 'utc' };
  }
  return null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The value for an <input type="date">, from the calendar date as written (UTC). */
export function toDateInput(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The value for an <input type="datetime-local">, in this machine's time zone. */
export function toLocalInput(date: Date, withSeconds: boolean): string {
  const base = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return withSeconds ? `${base}:${pad(date.getSeconds())}` : base;
}

const LOCAL_INPUT = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * An ISO UTC string from a datetime-local value read as local time. A time skipped by a DST
 * change moves forward; a repeated time takes its first occurrence (Date's own rules).
 */
export function localInputToIso(text: string): string | null {
  const m = LOCAL_INPUT.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((ms ?? '0').padEnd(3, '0')));
  // A time skipped by DST legitimately moves forward, but never to another day at these hours.
  if (Number.isNaN(date.getTime()) || date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d)) return null;
  return date.toISOString();
}

/**
 * What the form sends for a date-time typed in local time: ISO with this machine's offset at
 * that instant, so the host knows both the instant and the wall clock the writer picked.
 */
export function localInputToOffsetIso(text: string): string | null {
  const iso = localInputToIso(text);
  if (!iso) return null;
  const date = new Date(iso);
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const wall = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const ms = date.getMilliseconds();
  return `${wall}${ms ? `.${pad(ms, 3)}` : ''}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An ISO UTC string for a date-only value: midnight UTC, which is how the build reads `2024-01-05`. */
export function dateInputToIso(text: string): string | null {
  const m = DATE_ONLY.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (Number.isNaN(date.getTime()) || !sameUtcDay(date, mo, d)) return null;
  return date.toISOString();
}

/** "Europe/Berlin, UTC+02:00": the zone the local input is shown in, at that instant. */
export function zoneLabel(date: Date, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const utc = `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return timeZone ? `${timeZone}, ${utc}` : utc;
}
