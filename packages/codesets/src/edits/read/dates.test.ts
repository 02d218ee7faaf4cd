import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber, isoFromJulian } from './dates.ts';

describe('CMS date forms', () => {
  it('CCYYDDD: the AOC file examples', () => {
    expect(isoFromJulian('2013091')).toBe('2013-04-01');
    expect(isoFromJulian('2013365')).toBe('2013-12-31');
    expect(isoFromJulian('2018274')).toBe('2018-10-01');
    expect(isoFromJulian('2024366')).toBe('2024-12-31');
    expect(isoFromJulian('2023366')).toBeUndefined();
    expect(isoFromJulian('2023000')).toBeUndefined();
    expect(isoFromJulian('20230101')).toBeUndefined();
  });

  it('CCYYDDD of every day of a year maps to that day, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 365 }), (year, day) => {
        const iso = isoFromJulian(`${year}${String(day).padStart(3, '0')}`);
        const expected = new Date(Date.UTC(year, 0, 1) + (day - 1) * 86_400_000).toISOString().slice(0, 10);
        expect(iso).toBe(expected);
      }),
    );
  });

  it('day numbers round-trip and compare as the days do', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(isoFromDayNumber(dayNumber(iso))).toBe(iso);
        },
      ),
    );
    expect(dayNumber('2019-01-01') > dayNumber('2018-12-31')).toBe(true);
  });
});
