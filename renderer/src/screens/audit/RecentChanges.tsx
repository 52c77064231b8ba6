import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../electron/core/audit/read-audit-log';
import { call } from '../../api/api-client';
import { useWorkspaceStore } from '../../state/workspace-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
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
        <SelectField label={t('audit.byMember')} value={memberId} onChange={setMemberId} emptyLabel={t('common.all')} options={members.map((member) => ({ value: member.id, label: member.name }))} />
        <SelectField label={t('audit.byKind')} value={table} onChange={setTable} emptyLabel={t('common.all')} options={kinds.map((kind) => ({ value: kind, label: t(`audit.tables.${kind}`) }))} />
      </div>
      <ErrorMessage error={error} />
      {entries.length === 0 ? <p>{t('audit.none')}</p> : <ChangeList entries={entries} showRecord />}
    </section>
  );
}
