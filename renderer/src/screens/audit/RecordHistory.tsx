import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../electron/core/audit/read-audit-log';
import { call } from '../../api/api-client';
import { ChangeList } from './ChangeList';

/** A record's history from the audit trail, folded away until asked for. */
export function RecordHistory({ table, id, version }: { table: string; id: string; version?: unknown }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  useEffect(() => {
    call('getRecordHistory', { table, id }).then(setEntries, () => setEntries([]));
  }, [table, id, version]);
  if (entries.length === 0) return null;
  return (
    <details className="record-history">
      <summary>{t('audit.recordHistory', { count: entries.length })}</summary>
      <ChangeList entries={entries} showRecord={false} />
    </details>
  );
}
