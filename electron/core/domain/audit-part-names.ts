/** The parts of a record that have tables of their own: each change to one is told as a change to its record. */
export const partNames = [
  'affectedService',
  'assessment',
  'mitigation',
  'voteItem',
  'participant',
  'dots',
  'score',
  'attendance',
  'agendaItem',
  'version',
  'dissent',
  'link',
  'progress',
] as const;

export type PartName = (typeof partNames)[number];
