import type { AddressForm } from '../domain/address-forms';
import type { Language } from '../domain/languages';
import type { AuditChoice } from './audit-choices';
import type { PartName } from '../domain/audit-part-names';
import type { RecordKind } from './record-kinds';

/** Where the renderer shows a record: a section of the app, and the record's own page when it has one. */
export type LinkTarget = { place: 'settings' | 'quarterly' | 'barriers' | 'meetings' | 'feedback' | 'fidelity' | 'reports'; id: string | null };

/**
 * A record as a user knows it: its kind, the values its name is made of (a decision's number, a meeting's
 * date, a barrier's name; null when the record is neither in the file nor in the trail any more) and where
 * to open it (null when it no longer exists).
 */
export type RecordRef = { kind: RecordKind; label: Record<string, ShownValue> | null; link: LinkTarget | null };

/** A value typed for showing: the renderer puts each kind into words and formats it in the reader's language. */
export type ShownValue =
  | { type: 'empty' }
  | { type: 'text'; text: string }
  /** Text that exists in every language, such as a catalogue barrier's name or a fidelity item's. */
  | { type: 'localText'; texts: Record<Language, string> }
  | { type: 'longText'; text: string }
  | { type: 'date'; date: string }
  | { type: 'moment'; at: string }
  | { type: 'number'; value: number; digits: number }
  /** A year or a version: a number shown without grouping. */
  | { type: 'plainNumber'; value: number }
  | { type: 'yesNo'; value: boolean }
  | { type: 'choice'; choice: AuditChoice; value: string }
  | { type: 'quarter'; quarter: string }
  | { type: 'record'; record: RecordRef }
  | { type: 'list'; items: ShownValue[] }
  /** A value the trail keeps but that means nothing read on its own (a column layout); only its change is told. */
  | { type: 'opaque' }
  /** Not shown yet: the dots of a vote round that hides its votes until it is closed. */
  | { type: 'secret' };

/** One field of a record or part: `group` is the record kind or the part it belongs to, `field` the field within it. */
export type FieldChange = { group: RecordKind | PartName; field: string; before: ShownValue; after: ShownValue };

/**
 * What happened to the record or to one of its parts. `part` is null for the record itself; otherwise it
 * names the part and carries the values its name is made of (the dissenting member, the linked barrier).
 */
export type DescribedChange = {
  action: 'insert' | 'update' | 'delete';
  part: { name: PartName; label: Record<string, ShownValue> | null } | null;
  fields: FieldChange[];
};

/** Who made a change, as the member is named now; null when nobody was chosen under "Working as". */
export type ChangedBy = { name: string; addressForm: AddressForm } | null;

/** Changes one member made to one record in one sitting, newest first in a list. */
export type ChangeEntry = { key: string; at: string; by: ChangedBy; record: RecordRef; changes: DescribedChange[] };

/** Where a page of the trail starts: at this time of change, with this row of the trail or an earlier one. */
export type PageStart = { at: string; seq: number };

/** A page of changes and where the next one starts (null: there is none). */
export type ChangePage = { entries: ChangeEntry[]; next: PageStart | null };

/**
 * One word of a search. The core matches its text against the names and values in a change; the renderer,
 * which knows the words of each language, adds the kinds, parts, fields, choices and actions whose words
 * contain it ("dissent" finds the decisions whose dissent changed).
 */
export type SearchWord = {
  text: string;
  kinds: RecordKind[];
  parts: PartName[];
  fields: string[];
  choices: string[];
  actions: DescribedChange['action'][];
};
