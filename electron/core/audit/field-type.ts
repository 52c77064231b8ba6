import type { AuditChoice } from './audit-choices';
import type { RecordKind } from './record-kinds';

/**
 * How a column's value is shown. `hidden` columns are never shown: keys, the record a part belongs to,
 * timestamps and authors the trail records anyway, and bookkeeping no screen shows.
 */
export type FieldType =
  | 'hidden'
  | 'text'
  | 'longText'
  | 'date'
  | 'moment'
  | 'count'
  | 'decimal'
  | 'plainNumber'
  | 'yesNo'
  | 'quarter'
  | 'tags'
  | 'opaque'
  | 'fidelityItem'
  | 'barrierGroup'
  | 'catalogueEntry'
  | 'voteItem'
  | 'agendaItem'
  | 'reportSections'
  | { choice: AuditChoice }
  | { ref: RecordKind };
