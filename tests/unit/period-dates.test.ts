import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../electron/core/domain/is-calendar-date';
import { periodDates } from '../../electron/core/domain/period-dates';

describe('the days of a period', () => {
  it('runs from the first to the last day of its quarters, leap years included', () => {
    expect(periodDates({ kind: 'half', year: 2026, half: 1 })).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodDates({ kind: 'half', year: 2026, half: 2 })).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodDates({ kind: 'quarter', quarter: '2028-Q1' })).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(periodDates({ kind: 'range', from: '2025-Q4', to: '2026-Q3' })).toEqual({ from: '2025-10-01', to: '2026-09-30' });
  });

  it('tells a real day from a date-shaped string', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });
});
