import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/api-client';
import { useWorkspaceStore } from '../../state/workspace-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { auditRecordKinds } from './audit-record-kinds';
import { ChangeList } from './ChangeList';
import { searchWords } from './search-words';
import { useChangePages } from './use-change-pages';

/** The latest changes to the committee's records in words, by member, by kind of record and by what they say. */
export function RecentChanges() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const members = useWorkspaceStore((state) => state.members);
  const [memberId, setMemberId] = useState('');
  const [kindChosen, setKindChosen] = useState('');
  const [query, setQuery] = useState('');
  const kind = auditRecordKinds.find((candidate) => candidate === kindChosen);
  // The words of the search depend on the language: "nesouhlas" finds a dissent in Czech, "dissent" in English.
  const search = useMemo(() => searchWords(query, t), [query, t, i18n.language]);
  const filter = { ...(memberId === '' ? {} : { memberId }), ...(kind === undefined ? {} : { kind }), search };
  const pages = useChangePages((start) => call('listRecentChanges', { ...filter, ...(start === undefined ? {} : { start }) }), JSON.stringify(filter));
  const filtered = memberId !== '' || kind !== undefined || search.length > 0;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('audit.recentTitle')}</h2>
      <p className="hint">{t('audit.explain')}</p>
      <div className="filters">
        <SelectField label={t('audit.byMember')} value={memberId} onChange={setMemberId} emptyLabel={t('common.all')} options={members.map((member) => ({ value: member.id, label: member.name }))} />
        <SelectField label={t('audit.byKind')} value={kindChosen} onChange={setKindChosen} emptyLabel={t('common.all')} options={auditRecordKinds.map((value) => ({ value, label: t(`audit.kinds.${value}`) }))} />
        <TextField type="search" label={t('audit.search')} hint={t('audit.searchHint')} value={query} onChange={setQuery} />
      </div>
      <ErrorMessage error={pages.error} />
      {pages.loaded && pages.entries.length === 0 && <p>{filtered ? t('audit.noneFound') : t('audit.none')}</p>}
      {pages.entries.length > 0 && (
        <div className="audit-scroll" role="region" tabIndex={0} aria-label={t('audit.listLabel')}>
          <ChangeList entries={pages.entries} showRecord />
          {pages.next !== null && (
            <button type="button" className="audit-more-button" disabled={pages.busy} onClick={() => void pages.more()}>
              {t('audit.showMore')}
            </button>
          )}
        </div>
      )}
      <p className="hint" role="status">
        {pages.loaded && pages.entries.length > 0 ? t(pages.next === null ? 'audit.shownAll' : 'audit.shown', { count: pages.entries.length }) : ''}
      </p>
    </section>
  );
}
