import { figureRules } from '../domain/figure-rules';
import type { Measure } from '../domain/measures';
import { parseCount, parseDecimal } from './parse-number';

export type FigureCell = { ok: true; value: number | null } | { ok: false; code: string; params: Record<string, string | number> };

/** One figure of an import file, read by its measure's kind and held to the rules every stored figure meets. */
export function readFigureCell(measure: Measure, raw: string | number): FigureCell {
  const reading = measure === 'es_fte' ? parseDecimal(raw) : parseCount(raw);
  if (reading.ok) return reading;
  if (reading.reason === 'too_large') return { ok: false, code: measure === 'es_fte' ? 'value_too_large_fte' : 'value_too_large', params: { max: figureRules.max(measure) } };
  if (reading.reason === 'not_a_number') return { ok: false, code: measure === 'es_fte' ? 'value_not_a_number' : 'value_not_a_count', params: {} };
  return { ok: false, code: `value_${reading.reason}`, params: {} };
}
