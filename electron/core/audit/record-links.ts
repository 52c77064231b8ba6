import type { AuditValues } from './audit-values';
import type { LinkTarget } from './described-change';
import type { RecordKind } from './record-kinds';

const place = (where: LinkTarget['place'], id: string | null = null): LinkTarget => ({ place: where, id });
const idOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Where the screens show each kind of record: its own page where it has one, else the section that lists it. */
export const recordLinks: Readonly<Record<RecordKind, (id: string, values: AuditValues) => LinkTarget>> = {
  committee: () => place('settings'),
  member: () => place('settings'),
  service: () => place('quarterly'),
  quarterly_figure: () => place('quarterly'),
  target: () => place('quarterly'),
  import_batch: () => place('quarterly'),
  import_mapping: () => place('quarterly'),
  barrier: (id) => place('barriers', id),
  vote_round: () => place('barriers'),
  fidelity_review: (id) => place('fidelity', id),
  meeting: (id) => place('meetings', id),
  // A decision is shown on the page of the meeting that took it.
  decision: (_id, values) => place('meetings', idOf(values['meeting_id'])),
  action: (_id, values) => {
    const meeting = idOf(values['meeting_id']);
    const barrier = idOf(values['barrier_id']);
    return meeting !== null ? place('meetings', meeting) : barrier !== null ? place('barriers', barrier) : place('meetings');
  },
  feedback: () => place('feedback'),
  report: () => place('reports'),
};
