/**
 * Writes dates in the exact shape a file already uses (`2023-09-30T00:00:00.000Z`,
 * `2026-01-19T20:55:00`, `2024-05-01`, `2024-05-01 10:00:00 +02:00`…).
 * Times are always written in the template's own zone (UTC when it has none, as YAML
 * timestamps are read), never in the machine's local time zone.
 */

const DATE_TEXT =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([ \t]*)(Z|z|[+-]\d{1,2}(?::?\d{2})?)?)?$/;

interface DateShape {
  hasTime: boolean;
  separator: string;
  hasSeconds: boolean;
  fractionDigits: number;
  zoneSpace: string;
  zone: string;
  offsetMinutes: number;
}

export const DEFAULT_DATE_TEMPLATE = '2000-01-01T00:00:00.000Z';

/** True when the text is a date or date-time in one of the shapes YAML and Astro accept. */
export function isDateText(text: string): boolean {
  return DATE_TEXT.test(text.trim());
}

function parseZone(zone: string): number {
  if (zone === '' || zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function shapeOf(template: string): DateShape {
  const m = DATE_TEXT.exec(template.trim()) ?? DATE_TEXT.exec(DEFAULT_DATE_TEMPLATE)!;
  const zone = m[10] ?? '';
  return {
    hasTime: m[5] !== undefined,
    separator: m[4] ?? 'T',
    hasSeconds: m[7] !== undefined,
    fractionDigits: m[8]?.length ?? 0,
    zoneSpace: m[9] ?? '',
    zone,
    offsetMinutes: parseZone(zone),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats `date` like `template`. Precision grows only when the template could not hold
 * the instant (a date-only template for a 10:30 time), so the written text always means
 * the same instant.
 */
export function formatDateLike(template: string, date: Date | string): string {
  const when = typeof date === 'string' ? parseDateInput(date) : date;
  if (!when || Number.isNaN(when.getTime())) throw new Error(`Not a valid date: ${String(date)}`);
  let shape = shapeOf(template);
  const shifted = new Date(when.getTime() + shape.offsetMinutes * 60_000);
  const ymd = `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const h = shifted.getUTCHours();
  const min = shifted.getUTCMinutes();
  const s = shifted.getUTCSeconds();
  const ms = shifted.getUTCMilliseconds();

  if (!shape.hasTime) {
    if (h === 0 && min === 0 && s === 0 && ms === 0) return ymd;
    // A date-only value cannot hold this time: write a full UTC timestamp, which
    // both YAML and `new Date()` read as the same instant.
    shape = shapeOf(DEFAULT_DATE_TEMPLATE);
  }
  let out = `${ymd}${shape.separator}${pad(h)}:${pad(min)}`;
  const needSeconds = shape.hasSeconds || s !== 0 || ms !== 0;
  if (needSeconds) out += `:${pad(s)}`;
  if (needSeconds) {
    let digits = shape.fractionDigits;
    if (ms !== 0 && digits < 3 && ms % 10 ** (3 - digits) !== 0) digits = 3;
    if (digits > 0) out += '.' + pad(ms, 3).padEnd(digits, '0').slice(0, digits);
  }
  return out + shape.zoneSpace + shape.zone;
}

/**
 * Reads a date typed by a writer or sent by the form: `2024-05-01`, `2024-05-01T10:00`,
 * `2024-05-01T10:00:00.000Z`, `2024-05-01 10:00 +02:00`. No zone means UTC, as in YAML.
 */
export function parseDateInput(text: string): Date | undefined {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hours = Number(m[5] ?? 0);
  const minutes = Number(m[6] ?? 0);
  const seconds = Number(m[7] ?? 0);
  const ms = Number((m[8] ?? '0').padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
  const date = new Date(utc - parseZone(m[10] ?? '') * 60_000);
  // Reject 2024-02-31 and friends instead of rolling over into March.
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  return date;
}
