import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../../../electron/core/audit/described-change';
import { addressContext } from '../../format/address-context';
import { timeOfDay } from './audit-format';
import { ChangeLine } from './ChangeLine';
import { linkHref } from './link-href';
import { recordText } from './shown-text';

/** A review saved with its 25 scores is one entry: its first few changes show, the rest unfold on request. */
const shownAtFirst = 4;

/** One member's changes to one record at one time: when, which record (linked to its page), who, and what. */
export function ChangeEntryView({ entry, showRecord }: { entry: ChangeEntry; showRecord: boolean }) {
  const { t } = useTranslation();
  const by = entry.by === null ? t('audit.byNobody') : t('audit.by', { name: entry.by.name, context: addressContext(entry.by.addressForm) });
  const heading = recordText(entry.record, 'heading', t);
  const first = entry.changes.slice(0, shownAtFirst);
  const rest = entry.changes.slice(shownAtFirst);
  return (
    <li className="audit-entry">
      <time className="audit-time" dateTime={entry.at}>
        {timeOfDay(entry.at)}
      </time>
      <div>
        <p className="audit-head">
          {showRecord && (entry.record.link === null ? <strong>{heading}</strong> : <a href={linkHref(entry.record.link)}>{heading}</a>)}
          {showRecord && ' · '}
          <span className="audit-by">{by}</span>
        </p>
        <ul className="audit-changes">
          {first.map((change, index) => (
            <ChangeLine key={index} change={change} />
          ))}
        </ul>
        {rest.length > 0 && (
          <details className="audit-more">
            <summary>{t('audit.moreChanges', { count: rest.length })}</summary>
            <ul className="audit-changes">
              {rest.map((change, index) => (
                <ChangeLine key={index} change={change} />
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}
