import type { TFunction } from 'i18next';
import type { RecordRef, ShownValue } from '../../../../electron/core/audit/described-change';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatDateTime, formatNumber, formatQuarter } from '../../format/format';
import { choiceKeys } from './choice-keys';
import { explainAbbreviations } from '../../format/explain-abbreviations';

/** Long texts (a decision's wording, an answer) are cut here in a list; the record's own page has them whole. */
const longest = 160;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= longest ? flat : `${flat.slice(0, longest - 1).trimEnd()}…`;
}

/** A record by its name: as a heading ("Decision 2026/04") or as a value ("2026/04" after "Changes decision:"). */
export function recordText(record: RecordRef, form: 'heading' | 'value', t: TFunction): string {
  if (record.label === null) return t('audit.unknownRecord', { kind: t(`audit.kinds.${record.kind}`) });
  const params = Object.fromEntries(Object.entries(record.label).map(([name, value]) => [name, shownText(value, t)]));
  return t(`audit.${form === 'heading' ? 'records' : 'refs'}.${record.kind}`, params);
}

/** A value in words, formatted as the screens format it in the reader's language. */
export function shownText(value: ShownValue, t: TFunction): string {
  switch (value.type) {
    case 'empty':
      return t('audit.empty');
    case 'text':
      return explainAbbreviations(value.text);
    case 'localText':
      return explainAbbreviations(value.texts[currentLanguage()]);
    case 'longText':
      return t('audit.quoted', { text: explainAbbreviations(shortened(value.text)) });
    case 'date':
      return formatDate(value.date);
    case 'moment':
      return formatDateTime(value.at);
    case 'number':
      return formatNumber(value.value, value.digits);
    case 'plainNumber':
      return String(value.value);
    case 'yesNo':
      return t(value.value ? 'audit.yes' : 'audit.no');
    case 'choice': {
      const words = t(choiceKeys[value.choice].key(value.value));
      // A severity is a step on a scale of five: its number, then what the step means.
      return value.choice === 'severity' ? `${value.value} – ${words}` : words;
    }
    case 'quarter':
      return formatQuarter(value.quarter);
    case 'record':
      return recordText(value.record, 'value', t);
    case 'list':
      return value.items.length === 0 ? t('audit.empty') : value.items.map((item) => shownText(item, t)).join(', ');
    case 'opaque':
      return t('audit.changedValue');
    case 'secret':
      return t('audit.secret');
  }
}
