import { figureRules } from '../domain/figure-rules';

export type NumberReading = { ok: true; value: number | null } | { ok: false; reason: 'not_a_number' | 'negative' | 'fraction' | 'too_large' };

// 1 234 / 1.234 / 1,234 / 1'234 with a no-break or thin space too: groups of three after the first.
const grouped = /^\d{1,3}(?:([\s\u00a0\u202f'.,])\d{3})(?:\1\d{3})*$/u;

// More digits than the largest count has cannot be a count; checked before Number() so that twenty
// digits never turn into a float that loses its last digits (9007199254740993 would become …992).
const countDigits = String(figureRules.maxCount).length;

function text(raw: string | number): string {
  return String(raw).trim().replace(/[\u00a0\u202f]/gu, ' ');
}

function withinCount(value: number): NumberReading {
  return value > figureRules.maxCount ? { ok: false, reason: 'too_large' } : { ok: true, value };
}

/**
 * A count as spreadsheets write it: blank is "not reported" (null), never 0. Thousands separators are
 * allowed; a decimal part is a fraction unless it is zero (Excel writes "12,0" and "12.00").
 */
export function parseCount(raw: string | number): NumberReading {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { ok: false, reason: 'not_a_number' };
    if (raw < 0) return { ok: false, reason: 'negative' };
    if (raw > figureRules.maxCount) return { ok: false, reason: 'too_large' };
    return Number.isInteger(raw) ? { ok: true, value: raw } : { ok: false, reason: 'fraction' };
  }
  const value = text(raw);
  if (value === '') return { ok: true, value: null };
  const negative = value.startsWith('-');
  const unsigned = negative ? value.slice(1) : value;
  let digits: string;
  if (/^\d+$/.test(unsigned)) digits = unsigned;
  else if (grouped.test(unsigned)) digits = unsigned.replace(/\D/g, '');
  else {
    const decimal = /^(\d+)[.,](\d+)$/.exec(unsigned);
    if (decimal?.[1] === undefined || decimal[2] === undefined) return { ok: false, reason: 'not_a_number' };
    if (!/^0+$/.test(decimal[2])) return { ok: false, reason: negative ? 'negative' : 'fraction' };
    digits = decimal[1];
  }
  const significant = digits.replace(/^0+(?=\d)/, '');
  if (negative && significant !== '0') return { ok: false, reason: 'negative' };
  if (significant.length > countDigits) return { ok: false, reason: 'too_large' };
  return withinCount(Number(significant));
}

/**
 * A decimal such as staffing in FTE: "2,5" and "2.5" are both two and a half. With both separators the
 * last one is the decimal mark ("1.234,5" or "1,234.5").
 */
export function parseDecimal(raw: string | number): NumberReading {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { ok: false, reason: 'not_a_number' };
    if (raw < 0) return { ok: false, reason: 'negative' };
    return raw > figureRules.maxFte ? { ok: false, reason: 'too_large' } : { ok: true, value: raw };
  }
  const value = text(raw).replace(/[\s']/g, '');
  if (value === '') return { ok: true, value: null };
  if (!/^-?[\d.,]+$/.test(value) || !/\d/.test(value)) return { ok: false, reason: 'not_a_number' };
  const mark = Math.max(value.lastIndexOf(','), value.lastIndexOf('.'));
  const normalised = mark === -1 ? value : `${value.slice(0, mark).replace(/[.,]/g, '')}.${value.slice(mark + 1)}`;
  if (!/^-?\d*\.?\d+$/.test(normalised)) return { ok: false, reason: 'not_a_number' };
  const parsed = Number(normalised);
  if (parsed < 0) return { ok: false, reason: 'negative' };
  return parsed > figureRules.maxFte ? { ok: false, reason: 'too_large' } : { ok: true, value: parsed };
}
