/**
 * The records a user knows, each named after the table that holds it. A change to a record's parts (a
 * decision's dissent, a meeting's attendance, a barrier's reviews) is told as a change to the record.
 */
export const recordKinds = [
  'committee',
  'member',
  'service',
  'quarterly_figure',
  'target',
  'import_batch',
  'import_mapping',
  'barrier',
  'vote_round',
  'fidelity_review',
  'meeting',
  'decision',
  'action',
  'feedback',
  'report',
] as const;

export type RecordKind = (typeof recordKinds)[number];
