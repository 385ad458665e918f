import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dayAt, parsePickedDate } from './date-style';
import { setField } from './frontmatter-edit';
import { frontmatterText } from './split-source';

const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

/** What the site gets for the field: js-yaml reads the frontmatter, then `z.coerce.date()` (in this process's zone). */
function siteReads(text: string, field: string): Date {
  const data = load(frontmatterText(text)) as Record<string, unknown>;
  return z.coerce.date().parse(data[field]);
}

/** The form's value for a day, or for a local time in the zone this process runs in (what the browser sends). */
function pickDay(day: string) {
  return parsePickedDate(day)!;
}
function pickLocalTime(local: string) {
  const instant = new Date(local);
  const offset = -instant.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return parsePickedDate(`${local}${zone}`)!;
}

const post = (dateLine: string) => `---\ntitle: T\n${dateLine}\n---\nBody\n`;
const dateLineOf = (text: string) => text.split('\n').find((l) => l.startsWith('pubDate:'));

describe.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Adak'])('dates keep their style in %s', (zone) => {
  const inZone = () => {
    process.env.TZ = zone;
  };

  it.each([
    ["pubDate: 'Jul 15 2022'", "pubDate: 'Jul 20 2022'"],
    ['pubDate: "July 15, 2022"', 'pubDate: "July 20, 2022"'],
    ['pubDate: 15 Jul 2022', 'pubDate: 20 Jul 2022'],
    ['pubDate: 2022-07-15', 'pubDate: 2022-07-20'],
    ["pubDate: '2022-07-15'", "pubDate: '2022-07-20'"],
  ])('a day picked for %s is written in that style and read back on that day', (line, expected) => {
    inZone();
    const picked = pickDay('2022-07-20');
    const after = setField(post(line), 'pubDate', picked.instant, { picked: picked.picked });
    expect(dateLineOf(after)).toBe(expected);
    const read = siteReads(after, 'pubDate');
    // A zone-less day is read in the writer's zone; an ISO day at midnight UTC.
    const localDay = `${read.getFullYear()}-${String(read.getMonth() + 1).padStart(2, '0')}-${String(read.getDate()).padStart(2, '0')}`;
    expect([localDay, dayAt(read, 0)]).toContain('2022-07-20');
    if (!/\d{4}-/.test(expected)) expect(localDay).toBe('2022-07-20');
  });

  it.each([
    ['pubDate: "2022-07-15 09:30"', /^pubDate: "2022-07-20 14:45"$/],
    ["pubDate: '2022-07-15T09:30:00'", /^pubDate: '2022-07-20T14:45:00'$/],
    ['pubDate: 2022-07-15T09:30:00', /^pubDate: 2022-07-\d\dT\d\d:\d\d:00$/],
    ['pubDate: "2022-07-15T09:30:00.000Z"', /^pubDate: "2022-07-\d\dT\d\d:\d\d:00\.000Z"$/],
    ['pubDate: 2022-07-15 09:30:00 +02:00', /^pubDate: 2022-07-\d\d \d\d:\d\d:00 \+02:00$/],
  ])('a time picked for %s keeps the shape and is the instant the site reads', (line, shape) => {
    inZone();
    const picked = pickLocalTime('2022-07-20T14:45');
    const after = setField(post(line), 'pubDate', picked.instant, { picked: picked.picked });
    expect(dateLineOf(after)).toMatch(shape);
    expect(siteReads(after, 'pubDate').getTime()).toBe(picked.instant.getTime());
  });

  it('writes ISO, and says so, when the style cannot hold a time of day', () => {
    inZone();
    const picked = pickLocalTime('2022-07-20T14:45');
    const fallbacks: string[] = [];
    const after = setField(post("pubDate: 'Jul 15 2022'"), 'pubDate', picked.instant, { picked: picked.picked, onDateFallback: (t) => fallbacks.push(t) });
    expect(dateLineOf(after)).toBe(`pubDate: '${picked.instant.toISOString()}'`);
    expect(siteReads(after, 'pubDate').getTime()).toBe(picked.instant.getTime());
    expect(fallbacks).toEqual(['Jul 15 2022']);
  });

  it('writes ISO, and says so, in place of text that is no date format it can write in', () => {
    inZone();
    const picked = pickDay('2022-07-20');
    const fallbacks: string[] = [];
    const after = setField(post('pubDate: 20/07/2022'), 'pubDate', picked.instant, { picked: picked.picked, onDateFallback: (t) => fallbacks.push(t) });
    expect(dateLineOf(after)).toBe('pubDate: "2022-07-20T00:00:00.000Z"');
    expect(fallbacks).toEqual(['20/07/2022']);
  });
});

describe('the form’s date values', () => {
  it('reads a day and a local time with its offset', () => {
    expect(parsePickedDate('2022-07-20')).toEqual({ instant: new Date('2022-07-20T00:00:00Z'), picked: { dateOnly: true, offsetMinutes: 0 } });
    expect(parsePickedDate('2022-07-20T14:45+02:00')).toEqual({ instant: new Date('2022-07-20T12:45:00Z'), picked: { dateOnly: false, offsetMinutes: 120 } });
    expect(parsePickedDate('2022-02-30')).toBeUndefined();
    expect(parsePickedDate('next week')).toBeUndefined();
  });
});
