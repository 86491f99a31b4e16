import { describe, expect, it } from 'vitest';
import { formatIndonesianDate, formatPlaceDate, isoDateToUtc } from './indonesian-date.ts';

describe('formatIndonesianDate', () => {
  it('writes the day without a leading zero, the Indonesian month name and the year', () => {
    expect(formatIndonesianDate('2026-11-28')).toBe('28 November 2026');
    expect(formatIndonesianDate('2026-03-05')).toBe('5 Maret 2026');
  });

  it('names every month in Indonesian', () => {
    const months = Array.from({ length: 12 }, (_, index) =>
      formatIndonesianDate(`2027-${String(index + 1).padStart(2, '0')}-01`),
    );
    expect(months.map((text) => text.split(' ')[1])).toEqual([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ]);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(formatIndonesianDate('2028-02-29')).toBe('29 Februari 2028');
    expect(() => formatIndonesianDate('2027-02-29')).toThrow(RangeError);
  });

  it('rejects dates that are not ISO YYYY-MM-DD or not on the calendar', () => {
    for (const bad of ['28/11/2026', '2026-13-01', '2026-04-31', '2026-1-5', '']) {
      expect(() => formatIndonesianDate(bad), bad).toThrow(RangeError);
    }
  });
});

describe('formatPlaceDate', () => {
  it('puts the place before the date, separated by a comma', () => {
    expect(formatPlaceDate('Karanganyar', '2026-11-28')).toBe('Karanganyar, 28 November 2026');
  });
});

describe('isoDateToUtc', () => {
  it('gives midnight UTC of that day, independent of the local time zone', () => {
    expect(isoDateToUtc('2026-11-28').toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });
});
