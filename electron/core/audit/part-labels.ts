import { text } from '../db/row-fields';
import type { AuditValues } from './audit-values';
import type { ShownValue } from './described-change';
import type { PartName } from '../domain/audit-part-names';
import type { RecordKind } from './record-kinds';
import type { RecordLookup } from './record-lookup';
import { shownValue } from './shown-value';

type Label = (values: AuditValues, lookup: RecordLookup) => Record<string, ShownValue>;

const member = (value: unknown, lookup: RecordLookup): ShownValue => shownValue({ ref: 'member' }, value, lookup);
const linkable: readonly RecordKind[] = ['barrier', 'service', 'decision', 'action', 'feedback'];

/** What a decision or a feedback entry is linked to: a record by its name, or a quarter. */
function linkTarget(values: AuditValues, lookup: RecordLookup): ShownValue {
  const kind = linkable.find((candidate) => candidate === values['kind']);
  if (kind !== undefined) return shownValue({ ref: kind }, values['ref'], lookup);
  return shownValue('quarter', values['ref'], lookup);
}

/** What each part of a record is called by: a dissent by its member, a link by what it links to, a score by its item. */
export const partLabels: Readonly<Record<PartName, Label>> = {
  affectedService: (values, lookup) => ({ service: shownValue({ ref: 'service' }, values['service_id'], lookup) }),
  assessment: (values, lookup) => ({ date: shownValue('date', values['review_date'], lookup) }),
  mitigation: (values, lookup) => ({ text: shownValue('longText', values['text'], lookup) }),
  voteItem: (values, lookup) => ({
    item: typeof values['barrier_id'] === 'string' ? shownValue({ ref: 'barrier' }, values['barrier_id'], lookup) : shownValue('text', values['idea'], lookup),
  }),
  participant: (values, lookup) => ({ member: member(values['member_id'], lookup) }),
  dots: (values, lookup) => ({ member: member(values['member_id'], lookup), item: shownValue('voteItem', values['item_id'], lookup) }),
  score: (values, lookup) => ({ item: shownValue('fidelityItem', values['item_id'], lookup) }),
  attendance: (values, lookup) => ({
    person: typeof values['member_id'] === 'string' ? member(values['member_id'], lookup) : { type: 'text', text: text(values['guest_name']) },
  }),
  agendaItem: (values, lookup) => ({ title: shownValue('text', values['title'], lookup) }),
  version: (values, lookup) => ({ version: shownValue('plainNumber', values['version'], lookup) }),
  dissent: (values, lookup) => ({ member: member(values['member_id'], lookup) }),
  link: (values, lookup) => ({ target: linkTarget(values, lookup) }),
  progress: (values, lookup) => ({ date: shownValue('date', values['noted_on'], lookup) }),
};
