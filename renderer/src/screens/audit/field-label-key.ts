import { measures } from '../../../../electron/core/domain/measures';

/** Groups whose figures are the quarterly measures: their names are the ones the figures screens use. */
const measureGroups: ReadonlySet<string> = new Set(['quarterly_figure', 'target']);

/** The locale key of a field's name, as FieldChange gives it (its group, the record kind or part, and the field). */
export function fieldLabelKey(group: string, field: string): string {
  if (measureGroups.has(group) && measures.some((measure) => measure === field)) return `measures.${field}.label`;
  return `audit.fields.${group}.${field}`;
}
