import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../electron/core/audit/record-kinds';
import { call } from '../../api/api-client';
import { ChangeList } from './ChangeList';
import { useChangePages } from './use-change-pages';

/**
 * A record's history from the audit trail, with its parts' (a barrier's reviews, a review's scores), folded
 * away until asked for. `version` is whatever changes when the record does: the history is read again then.
 */
export function RecordHistory({ table, id, version }: { table: RecordKind; id: string; version?: unknown }) {
  const { t } = useTranslation();
  const seen = useRef({ version, count: 0 });
  if (seen.current.version !== version) seen.current = { version, count: seen.current.count + 1 };
  const pages = useChangePages((start) => call('getRecordHistory', { kind: table, id, ...(start === undefined ? {} : { start }) }), `${table}|${id}|${seen.current.count}`);
  if (pages.entries.length === 0) return null;
  return (
    <details className="record-history">
      <summary>{t('audit.recordHistoryTitle')}</summary>
      <div className="audit-scroll" role="region" tabIndex={0} aria-label={t('audit.recordHistoryTitle')}>
        <ChangeList entries={pages.entries} showRecord={false} />
        {pages.next !== null && (
          <button type="button" className="audit-more-button" disabled={pages.busy} onClick={() => void pages.more()}>
            {t('audit.showMore')}
          </button>
        )}
      </div>
    </details>
  );
}
