import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../electron/core/audit/read-audit-log';
import { formatDateTime } from '../../format/format';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Changes as the audit trail holds them: when, who, what, and each changed field's old and new value. */
export function ChangeList({ entries, showRecord }: { entries: AuditEntry[]; showRecord: boolean }) {
  const { t } = useTranslation();
  return (
    <ol className="change-list">
      {entries.map((entry) => (
        <li key={entry.seq}>
          <strong>{formatDateTime(entry.changedAt)}</strong> · {entry.changedByName ?? t('common.unknownMember')} · {t(`audit.actions.${entry.action}`)}
          {showRecord && <> · {t(`audit.tables.${entry.table}`, { defaultValue: entry.table })}</>}
          {entry.changes.length > 0 && (
            <ul className="compact-list">
              {entry.changes.map((change) => (
                <li key={change.field}>
                  <code>{change.field}</code>: {shown(change.before)} → {shown(change.after)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
