import { describe, expect, it } from 'vitest';
import { formatDateLike, parseDateInput } from './date-format';

describe('dates are written in the template’s format, in the template’s zone', () => {
  const when = new Date('2026-01-20T01:55:25.000Z');

  it.each([
    ['2023-09-30T00:00:00.000Z', '2026-01-20T01:55:25.000Z'],
    ['2026-01-19T20:55:00', '2026-01-20T01:55:25'],
    ['2024-05-01 10:00:00 +02:00', '2026-01-20 03:55:25 +02:00'],
    ['2024-05-01T10:00-05:00', '2026-01-19T20:55:25-05:00'],
    ['2024-05-01', '2026-01-20T01:55:25.000Z'],
  ])('%s', (template, expected) => {
    expect(formatDateLike(template, when)).toBe(expected);
    expect(parseDateInput(expected)!.getTime()).toBe(when.getTime());
  });

  it('a midnight date stays date-only', () => {
    expect(formatDateLike('2024-05-01', '2026-01-20')).toBe('2026-01-20');
  });

  it('reads writer input without a zone as UTC and rejects impossible dates', () => {
    expect(parseDateInput('2026-01-20T10:00')!.toISOString()).toBe('2026-01-20T10:00:00.000Z');
    expect(parseDateInput('2024-02-31')).toBeUndefined();
    expect(parseDateInput('tomorrow')).toBeUndefined();
  });
});
