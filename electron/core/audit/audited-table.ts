import type { AuditValues } from './audit-values';
import type { FieldType } from './field-type';
import type { PartName } from '../domain/audit-part-names';
import type { RecordKind } from './record-kinds';
import type { RecordLookup } from './record-lookup';

type Common = {
  /** Every column of the table: a test fails when a column is missing here, so none is shown raw. */
  fields: Record<string, FieldType>;
  /** Columns the record's or part's name is made of: not listed again when it is added. */
  labelFields: readonly string[];
  /** Columns not worth listing when a row is added: a first version's number, a place in a list. */
  notOnInsert?: readonly string[];
  /** While true, what the change was stays unsaid (the votes of a round that hides them until it closes). */
  concealWhile?: (values: AuditValues, lookup: RecordLookup) => boolean;
};

/** A table that holds a record itself, or a part of a record (found through `parentColumn`). */
export type AuditedTable =
  | (Common & { record: RecordKind })
  | (Common & { parent: RecordKind; parentColumn: string; part: PartName });
