import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dateInputToIso, localInputToIso, localInputToOffsetIso, parseStoredDate, parseStoredText, toDateInput, toLocalInput, unquoteScalar, zoneLabel } from './datetime-local';

// Node re-reads its time zone when TZ changes, so Date behaves as on a machine in that zone.
const useZone = (tz: string) => {
  vi.stubEnv('TZ', tz);
};

describe('datetime-local conversions', () => {
  beforeEach(() => useZone('Europe/Berlin'));
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('shows a stored UTC instant in local time and converts it back unchanged', () => {
    const stored = parseStoredText('"2026-01-20T01:55:25.000Z"');
    expect(stored?.precision).toBe('millisecond');
    expect(stored?.hasZone).toBe(true);
    const local = toLocalInput(stored!.date, true);
    expect(local).toBe('2026-01-20T02:55:25');
    expect(localInputToIso(local)).toBe('2026-01-20T01:55:25.000Z');
  });

  it('keeps the calendar day of the CMS bug case in New York, where local time is the previous evening', () => {
    useZone('America/New_York');
    const stored = parseStoredText('2026-01-20T01:55:25.000Z')!;
    expect(toLocalInput(stored.date, true)).toBe('2026-01-19T20:55:25');
    expect(localInputToIso('2026-01-19T20:55:25')).toBe('2026-01-20T01:55:25.000Z');
  });

  it('reads explicit offsets, including YAML short ones', () => {
    expect(parseStoredText('2024-03-01T10:00:00+02:00')!.date.toISOString()).toBe('2024-03-01T08:00:00.000Z');
    expect(parseStoredText('2024-03-01T10:00:00-0530')!.date.toISOString()).toBe('2024-03-01T15:30:00.000Z');
    expect(parseStoredText('2001-12-14 21:59:43.10 -5')!.date.toISOString()).toBe('2001-12-15T02:59:43.100Z');
  });

  it('reads a date-time without a zone as UTC, as YAML does, and says so', () => {
    const stored = parseStoredText('2026-01-19T20:55:00')!;
    expect(stored.hasZone).toBe(false);
    expect(stored.precision).toBe('second');
    expect(stored.date.toISOString()).toBe('2026-01-19T20:55:00.000Z');
  });

  it('keeps a date-only value a date, whatever the local zone', () => {
    useZone('America/Los_Angeles');
    const stored = parseStoredText("'2024-01-05'")!;
    expect(stored.precision).toBe('date');
    expect(toDateInput(stored.date)).toBe('2024-01-05');
    expect(dateInputToIso('2024-01-06')).toBe('2024-01-06T00:00:00.000Z');
  });

  it('moves a time skipped by the spring DST change forward and takes the first of a repeated hour', () => {
    useZone('America/New_York');
    // 02:30 does not exist on 2024-03-10 in New York; Date moves it to 03:30 EDT.
    expect(localInputToIso('2024-03-10T02:30')).toBe('2024-03-10T07:30:00.000Z');
    // 01:30 happens twice on 2024-11-03; the first (EDT, -04:00) is taken.
    expect(localInputToIso('2024-11-03T01:30')).toBe('2024-11-03T05:30:00.000Z');
  });

  it('round-trips every hour across a DST change without drifting', () => {
    useZone('Europe/Berlin');
    const start = Date.UTC(2024, 9, 26, 20);
    for (let h = 0; h < 12; h++) {
      const date = new Date(start + h * 3_600_000);
      const back = localInputToIso(toLocalInput(date, true));
      // The repeated hour maps to its first occurrence; everything else is exact.
      const diff = new Date(back!).getTime() - date.getTime();
      expect([0, -3_600_000]).toContain(diff);
    }
  });

  it('rejects text that is not a date', () => {
    expect(parseStoredText('next tuesday')).toBeNull();
    expect(localInputToIso('2024-02-30T10:00')).toBeNull();
    expect(localInputToIso('')).toBeNull();
    expect(dateInputToIso('2024-13-01')).toBeNull();
  });

  it('prefers the source text for precision and the parsed value for the instant', () => {
    const fromIsoValue = parseStoredDate('2024-01-05T00:00:00.000Z', '2024-01-05');
    expect(fromIsoValue?.precision).toBe('date');
    const fromDate = parseStoredDate(new Date('2024-01-05T10:20:00Z'), '2024-01-05 10:20');
    expect(fromDate?.precision).toBe('minute');
    expect(fromDate?.date.toISOString()).toBe('2024-01-05T10:20:00.000Z');
    expect(parseStoredDate(undefined)).toBeNull();
  });

  it('names the zone and the offset at that date', () => {
    expect(zoneLabel(new Date('2024-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('Europe/Berlin, UTC+02:00');
    expect(zoneLabel(new Date('2024-01-01T12:00:00Z'), 'Europe/Berlin')).toBe('Europe/Berlin, UTC+01:00');
    useZone('Asia/Kolkata');
    expect(zoneLabel(new Date('2024-01-01T12:00:00Z'), '')).toBe('UTC+05:30');
  });

  it('unquotes YAML scalars', () => {
    expect(unquoteScalar(' "a" ')).toBe('a');
    expect(unquoteScalar("'b'")).toBe('b');
    expect(unquoteScalar('c')).toBe('c');
  });
});

describe('dates the site reads in local time', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'UTC'])('shows the day of `Jul 15 2022` as written, in %s', (tz) => {
    useZone(tz);
    for (const text of ["'Jul 15 2022'", '"July 15, 2022"', '15 Jul 2022']) {
      const stored = parseStoredText(text)!;
      expect(stored).toMatchObject({ precision: 'date', reading: 'local', day: '2022-07-15' });
    }
  });

  it('reads a quoted date-time without zone in local time, a plain YAML timestamp in UTC', () => {
    useZone('Asia/Tokyo');
    expect(parseStoredText("'2022-07-15 10:00'")).toMatchObject({ reading: 'local', hasZone: false });
    expect(parseStoredText("'2022-07-15 10:00'")!.date.toISOString()).toBe('2022-07-15T01:00:00.000Z');
    expect(parseStoredText('2022-07-15 10:00:00')!.date.toISOString()).toBe('2022-07-15T10:00:00.000Z');
  });

  it('sends a local time with the offset it has at that instant', () => {
    useZone('Europe/Berlin');
    expect(localInputToOffsetIso('2024-07-01T10:30')).toBe('2024-07-01T10:30:00+02:00');
    expect(localInputToOffsetIso('2024-01-01T10:30')).toBe('2024-01-01T10:30:00+01:00');
    expect(new Date(localInputToOffsetIso('2024-01-01T10:30')!).toISOString()).toBe('2024-01-01T09:30:00.000Z');
    expect(localInputToOffsetIso('not a time')).toBeNull();
  });
});
