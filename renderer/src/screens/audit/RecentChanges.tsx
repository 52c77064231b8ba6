import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../electron/core/audit/read-audit-log';
import { call } from '../../api/api-client';
import { useWorkspaceStore } from '../../state/workspace-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ChangeList } from './ChangeList';

const kinds = ['committee', 'member', 'service', 'quarterly_figure', 'target', 'import_batch', 'barrier', 'barrier_assessment', 'barrier_mitigation', 'vote_round', 'fidelity_review'] as const;

/** The latest changes to the committee's records, by member and by kind of record. */
export function RecentChanges() {
  const { t } = useTranslation();
  const id = useId();
  const members = useWorkspaceStore((state) => state.members);
  const [memberId, setMemberId] = useState('');
  const [table, setTable] = useState('');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    call('listRecentChanges', { ...(memberId === '' ? {} : { memberId }), ...(table === '' ? {} : { table }), limit: 100 }).then(setEntries, setError);
  }, [memberId, table]);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('audit.recentTitle')}</h2>
      <p className="hint">{t('audit.explain')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-member`}>{t('audit.byMember')}</label>
          <select id={`${id}-member`} value={memberId} onChange={(event) => setMemberId(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('audit.byKind')}</label>
          <select id={`${id}-kind`} value={table} onChange={(event) => setTable(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`audit.tables.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={error} />
      {entries.length === 0 ? <p>{t('audit.none')}</p> : <ChangeList entries={entries} showRecord />}
    </section>
  );
}
