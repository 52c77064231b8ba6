import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../renderer/src/format/parse-typed-date';

describe('a date typed into a date field', () => {
  it.each([
    ['24/11/2026', '2026-11-24'],
    ['24. 11. 2026', '2026-11-24'],
    ['24.11.2026', '2026-11-24'],
    [' 1. 2. 2026 ', '2026-02-01'],
    ['1-2-2026', '2026-02-01'],
    ['2026-11-24', '2026-11-24'],
    ['2024-2-29', '2024-02-29'],
  ])('reads %j day first, or as YYYY-MM-DD, as %s', (text, iso) => {
    expect(parseTypedDate(text)).toEqual({ kind: 'date', iso });
  });

  it.each(['31/02/2026', '29. 2. 2026', '2026-13-01', '11/24/2026', '24/11/26', 'tomorrow', '24 11', '0/1/2026', '1/1/1066'])('refuses %j, which is no date', (text) => {
    expect(parseTypedDate(text)).toEqual({ kind: 'invalid' });
  });

  it('takes an empty field as no date', () => {
    expect(parseTypedDate('  ')).toEqual({ kind: 'empty' });
  });
});
