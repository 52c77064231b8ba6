import { catalogueEntry } from '../barriers/catalogue';
import { text } from '../db/row-fields';
import { decisionLabel } from '../domain/decision-label';
import type { AuditValues } from './audit-values';
import type { ShownValue } from './described-change';
import type { RecordKind } from './record-kinds';
import type { RecordLookup } from './record-lookup';

type Label = (values: AuditValues, lookup: RecordLookup) => Record<string, ShownValue>;

const plain = (value: unknown): ShownValue => ({ type: 'text', text: text(value) });
const date = (value: unknown): ShownValue => ({ type: 'date', date: text(value) });
const service = (value: unknown, lookup: RecordLookup): ShownValue => ({ type: 'record', record: lookup.ref('service', text(value)) });

/** A barrier by the name the screens use: the catalogue's, in either language, else the committee's own. */
function barrierName(values: AuditValues): ShownValue {
  const entry = typeof values['catalogue_id'] === 'string' ? catalogueEntry(values['catalogue_id']) : undefined;
  return entry === undefined ? plain(values['name']) : { type: 'localText', texts: entry.name };
}

/**
 * What each kind of record is called by: a decision by its number, a meeting by its date, a barrier by its
 * name. Feedback is named by the day it was given and nothing more, so no entry names who gave it.
 */
export const recordLabels: Readonly<Record<RecordKind, Label>> = {
  committee: (values) => ({ name: plain(values['name']) }),
  member: (values) => ({ name: plain(values['name']) }),
  service: (values) => ({ name: plain(values['name']) }),
  quarterly_figure: (values, lookup) => ({ service: service(values['service_id'], lookup), quarter: { type: 'quarter', quarter: text(values['quarter']) } }),
  target: (values, lookup) => ({
    year: { type: 'plainNumber', value: Number(values['year']) },
    scope: typeof values['service_id'] === 'string' ? service(values['service_id'], lookup) : { type: 'choice', choice: 'targetScope', value: 'committee' },
  }),
  import_batch: (values) => ({ file: plain(values['file_name']) }),
  import_mapping: () => ({}),
  barrier: (values) => ({ name: barrierName(values) }),
  vote_round: (values) => ({ title: plain(values['title']), date: date(values['held_on']) }),
  fidelity_review: (values, lookup) => ({ service: service(values['service_id'], lookup), date: date(values['review_date']) }),
  meeting: (values) => ({ date: date(values['held_on']) }),
  decision: (values) => ({ number: plain(decisionLabel(Number(values['year']), Number(values['number']))) }),
  action: (values) => ({ title: plain(values['title']) }),
  feedback: (values) => ({ date: date(values['given_on']) }),
  report: (values) => ({ from: date(values['period_from']), to: date(values['period_to']) }),
};
