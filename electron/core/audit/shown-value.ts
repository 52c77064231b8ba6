import { catalogue, catalogueEntry } from '../barriers/catalogue';
import { text } from '../db/row-fields';
import { fidelityScale } from '../fidelity/fidelity-scale';
import { auditChoices } from './audit-choices';
import type { ShownValue } from './described-change';
import type { Language } from '../domain/languages';
import type { FieldType } from './field-type';
import type { RecordLookup } from './record-lookup';

const empty: ShownValue = { type: 'empty' };

function localText(name: Record<Language, string> | undefined): ShownValue {
  return name === undefined ? empty : { type: 'localText', texts: name };
}

function jsonList(raw: string): string[] {
  const parsed: unknown = JSON.parse(raw);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** A vote item as the round lists it: the barrier voted on, or the idea written in the meeting. */
function voteItem(id: string, lookup: RecordLookup): ShownValue {
  const item = lookup.values('vote_item', id);
  if (item === null) return empty;
  return typeof item['barrier_id'] === 'string' ? { type: 'record', record: lookup.ref('barrier', item['barrier_id']) } : { type: 'text', text: text(item['idea']) };
}

/** A column's value as the screens show it: in words, by name, formatted; never as the id or code it is stored as. */
export function shownValue(type: FieldType, raw: unknown, lookup: RecordLookup): ShownValue {
  // SQLite gives text or numbers here; anything else (a blob) has nothing to show.
  const value = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'bigint' ? String(raw) : '';
  if (value === '') return type === 'opaque' ? { type: 'opaque' } : empty;
  if (typeof type === 'object') {
    if ('ref' in type) return { type: 'record', record: lookup.ref(type.ref, value) };
    return auditChoices[type.choice].some((known: string) => known === value) ? { type: 'choice', choice: type.choice, value } : { type: 'text', text: value };
  }
  switch (type) {
    case 'hidden':
    case 'opaque':
      return { type: 'opaque' };
    case 'text':
      return { type: 'text', text: value };
    case 'longText':
      return { type: 'longText', text: value };
    case 'date':
      return { type: 'date', date: value };
    case 'moment':
      return { type: 'moment', at: value };
    case 'count':
      return { type: 'number', value: Number(value), digits: 0 };
    case 'decimal':
      return { type: 'number', value: Number(value), digits: 2 };
    case 'plainNumber':
      return { type: 'plainNumber', value: Number(value) };
    case 'yesNo':
      return { type: 'yesNo', value: Number(value) === 1 };
    case 'quarter':
      return { type: 'quarter', quarter: value };
    case 'tags':
      return { type: 'list', items: jsonList(value).map((tag) => ({ type: 'text', text: tag })) };
    case 'reportSections':
      return { type: 'list', items: jsonList(value).map((section) => ({ type: 'choice', choice: 'reportSection', value: section })) };
    case 'fidelityItem':
      return localText(fidelityScale().items.find((item) => item.id === value)?.name);
    case 'barrierGroup':
      return localText(catalogue().groups.find((group) => group.id === value)?.name);
    case 'catalogueEntry':
      return localText(catalogueEntry(value)?.name);
    case 'voteItem':
      return voteItem(value, lookup);
    case 'agendaItem': {
      const item = lookup.values('agenda_item', value);
      return item === null ? empty : { type: 'text', text: text(item['title']) };
    }
  }
}
