import type { ChangeEntry, SearchWord, ShownValue } from './described-change';
import { searchText } from './search-text';

type Found = { texts: string[]; choices: string[] };

function collect(value: ShownValue, found: Found): void {
  switch (value.type) {
    case 'text':
    case 'longText':
      found.texts.push(value.text);
      return;
    case 'localText':
      found.texts.push(...Object.values(value.texts));
      return;
    case 'date':
      found.texts.push(value.date);
      return;
    case 'quarter':
      found.texts.push(value.quarter);
      return;
    case 'number':
    case 'plainNumber':
      found.texts.push(String(value.value));
      return;
    case 'choice':
      found.choices.push(`${value.choice}.${value.value}`);
      return;
    case 'record':
      for (const part of Object.values(value.record.label ?? {})) collect(part, found);
      return;
    case 'list':
      for (const item of value.items) collect(item, found);
      return;
    default:
      return;
  }
}

/**
 * Whether an entry says every word searched for: in a name or value it shows (the record, its parts, the
 * member who made it, the values before and after), or in the words the renderer found for the word (the
 * kind of record, a part, a field, a value in words, what was done).
 */
export function matchesSearch(entry: ChangeEntry, words: readonly SearchWord[]): boolean {
  if (words.length === 0) return true;
  const found: Found = { texts: entry.by === null ? [] : [entry.by.name], choices: [] };
  collect({ type: 'record', record: entry.record }, found);
  for (const change of entry.changes) {
    for (const value of Object.values(change.part?.label ?? {})) collect(value, found);
    for (const field of change.fields) {
      collect(field.before, found);
      collect(field.after, found);
    }
  }
  const texts = found.texts.map(searchText);
  const fields = entry.changes.flatMap((change) => change.fields.map((field) => `${field.group}.${field.field}`));
  return words.every((word) => {
    const wanted = searchText(word.text.trim());
    return (
      (wanted !== '' && texts.some((text) => text.includes(wanted))) ||
      word.kinds.includes(entry.record.kind) ||
      entry.changes.some((change) => (change.part !== null && word.parts.includes(change.part.name)) || word.actions.includes(change.action)) ||
      fields.some((field) => word.fields.includes(field)) ||
      found.choices.some((choice) => word.choices.includes(choice))
    );
  });
}
