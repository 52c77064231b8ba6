import i18next, { type TFunction } from 'i18next';
import type { SearchWord } from '../../../../electron/core/audit/described-change';
import { measures } from '../../../../electron/core/domain/measures';
import { partNames } from '../../../../electron/core/domain/audit-part-names';
import { auditRecordKinds } from './audit-record-kinds';
import { choiceKeys } from './choice-keys';
import { fieldLabelKey } from './field-label-key';

const actions = ['insert', 'update', 'delete'] as const;

/** Case and diacritics do not matter, as in the core's own matching. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** Every field the locale names, as "group.field", with the quarterly measures the figures screens name. */
function fieldKeys(): string[] {
  const fields: unknown = i18next.getResource(i18next.language, 'translation', 'audit.fields');
  const named = fields !== null && typeof fields === 'object' ? Object.entries(fields).flatMap(([group, names]: [string, unknown]) => (names !== null && typeof names === 'object' ? Object.keys(names).map((field) => `${group}.${field}`) : [])) : [];
  return [...named, ...['quarterly_figure', 'target'].flatMap((group) => measures.map((measure) => `${group}.${measure}`))];
}

/**
 * The words typed into the search, each with what the screens' own words for it match in this language: a
 * kind of record ("decision"), a part ("dissent"), a field ("wording"), a value ("not taken up"), an action
 * ("deleted"). The core matches the rest against the names and values the changes show.
 */
export function searchWords(query: string, t: TFunction): SearchWord[] {
  const words = query.split(/\s+/).map((word) => word.trim()).filter((word) => word !== '').slice(0, 12);
  if (words.length === 0) return [];
  const has = (key: string, word: string) => folded(t(key)).includes(word);
  const choices = Object.entries(choiceKeys).flatMap(([choice, { values, key }]) => values.map((value: string) => ({ token: `${choice}.${value}`, key: key(value) })));
  const fields = fieldKeys();
  return words.map((text) => {
    const word = folded(text);
    return {
      text,
      kinds: auditRecordKinds.filter((kind) => has(`audit.kinds.${kind}`, word)),
      parts: partNames.filter((part) => has(`audit.partNames.${part}`, word)),
      fields: fields.filter((field) => {
        const [group = '', name = ''] = field.split('.');
        return has(fieldLabelKey(group, name), word);
      }),
      choices: choices.filter((choice) => has(choice.key, word)).map((choice) => choice.token),
      actions: actions.filter((action) => has(`audit.actions.${action}`, word)),
    };
  });
}
