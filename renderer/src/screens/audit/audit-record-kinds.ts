import type { RecordKind } from '../../../../electron/core/audit/record-kinds';

/** The kinds of record in the order the filter offers them (a test checks it names every kind the core knows). */
export const auditRecordKinds: readonly RecordKind[] = [
  'meeting',
  'decision',
  'action',
  'barrier',
  'vote_round',
  'feedback',
  'fidelity_review',
  'quarterly_figure',
  'target',
  'import_batch',
  'import_mapping',
  'service',
  'member',
  'committee',
  'report',
];
