import { measures } from './measures';

/** Everything a column of an import file can hold. */
export const columnKeys = ['service', 'quarter', 'year', ...measures, 'item', 'score', 'note'] as const;

export type ColumnKey = (typeof columnKeys)[number];
