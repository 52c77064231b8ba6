import { describe, expect, it } from 'vitest';
import { documentFormat } from '../../electron/core/documents/document-format';

const nbsp = '\u00a0';

describe('numbers in the Word documents', () => {
  it('use the decimal comma and a no-break space between thousands in Czech, and English separators in English', () => {
    expect(documentFormat.number('cs', 12345.67, 1)).toBe(`12${nbsp}345,7`);
    expect(documentFormat.number('en', 12345.67, 1)).toBe('12,345.7');
    expect(documentFormat.number('en', 3)).toBe('3');
    expect(documentFormat.number('cs', 2.5, 2)).toBe('2,50');
  });

  it('write shares as per cent, with a no-break space before the sign in Czech only', () => {
    expect(documentFormat.percent('cs', 0.77)).toBe(`77${nbsp}%`);
    expect(documentFormat.percent('en', 0.77)).toBe('77%');
    expect(documentFormat.percent('en', 0.524, 1)).toBe('52.4%');
    expect(documentFormat.percent('cs', 0.524, 1)).toBe(`52,4${nbsp}%`);
  });

  it('say in words that a figure is missing rather than printing zero or NaN', () => {
    expect(documentFormat.number('en', null)).toBe('no data');
    expect(documentFormat.percent('cs', null)).toBe('bez údajů');
    expect(documentFormat.percent('en', Number.NaN)).toBe('no data');
    expect(documentFormat.number('cs', Number.POSITIVE_INFINITY)).toBe('bez údajů');
  });
});

describe('dates in the Word documents', () => {
  it('are written out in each language, kept on one line by no-break spaces', () => {
    expect(documentFormat.date('en', '2026-03-03')).toBe('3\u00a0March\u00a02026');
    expect(documentFormat.date('cs', '2026-03-03')).toBe('3.\u00a0března\u00a02026');
    expect(documentFormat.date('cs', '2026-12-31')).toBe('31.\u00a0prosince\u00a02026');
  });

  it('keep the calendar day of a stored timestamp whatever the time zone', () => {
    expect(documentFormat.date('en', '2026-01-01T23:30:00Z')).toBe('1\u00a0January\u00a02026');
  });

  it('say “no data” when there is no date, and keep text that is not a real date as it is', () => {
    expect(documentFormat.date('en', null)).toBe('no data');
    expect(documentFormat.date('cs', '')).toBe('bez údajů');
    expect(documentFormat.date('en', '2026-02-30')).toBe('2026-02-30');
    expect(documentFormat.date('en', 'next spring')).toBe('next spring');
  });
});
