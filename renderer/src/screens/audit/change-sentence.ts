import type { TFunction } from 'i18next';
import type { DescribedChange, ShownValue } from '../../../../electron/core/audit/described-change';
import { formatQuarter } from '../../format/format';
import { recordText, shownText } from './shown-text';

/** What a link points at, named with its kind: "the barrier “Fear of losing benefits”", "Q2 2026". */
function linkTarget(value: ShownValue, t: TFunction): string {
  if (value.type === 'record') return t(`audit.linkTargets.${value.record.kind}`, { label: recordText(value.record, 'value', t) });
  if (value.type === 'quarter') return t('audit.linkTargets.quarter', { label: formatQuarter(value.quarter) });
  return shownText(value, t);
}

/** What happened, in a sentence: "Added", or for a part "Dissent noted: Jana Dvořáková". */
export function changeSentence(change: DescribedChange, t: TFunction): string {
  if (change.part === null) return t(`audit.actions.${change.action}`);
  const { name, label } = change.part;
  if (label === null) return t('audit.unnamedPart', { part: t(`audit.partNames.${name}`), action: t(`audit.actions.${change.action}`) });
  const params = Object.fromEntries(Object.entries(label).map(([key, value]) => [key, name === 'link' ? linkTarget(value, t) : shownText(value, t)]));
  return t(`audit.parts.${name}.${change.action}`, params);
}
