import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import { barrierGroups, barrierLevels, barrierStatuses } from '../../../../electron/core/domain/barrier-terms';
import type { Member } from '../../../../electron/core/committee/committee-types';
import { formatDate } from '../../format/format';
import { barrierName, groupName, useCatalogueStore } from '../../state/catalogue-store';
import { SelectField } from '../../ui/SelectField';
import { TableBox } from '../../ui/TableBox';
import { RecordText } from '../../ui/RecordText';

type SortKey = 'name' | 'group' | 'severity' | 'change' | 'status' | 'owner';

export function ChangeText({ change }: { change: number | null }) {
  const { t } = useTranslation();
  if (change === null) return <span className="hint">{t('barriers.noPrevious')}</span>;
  if (change === 0) return <span>{t('barriers.changeSame')}</span>;
  return change > 0 ? <span className="status status-warn">{t('barriers.changeWorse', { count: change })}</span> : <span className="status status-good">{t('barriers.changeBetter', { count: -change })}</span>;
}

/** The register, sortable by any column and filtered by group, level, status, severity and owner. */
export function RegisterList({ entries, members }: { entries: RegisterEntry[]; members: Member[] }) {
  const { t } = useTranslation();
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const [group, setGroup] = useState('');
  const [level, setLevel] = useState('');
  const [status, setStatus] = useState('');
  const [minSeverity, setMinSeverity] = useState('');
  const [owner, setOwner] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'severity', descending: true });

  const shown = useMemo(() => {
    const filtered = entries.filter(
      (entry) =>
        (group === '' || entry.group === group) &&
        (level === '' || entry.levels.some((candidate) => candidate === level)) &&
        (status === '' || entry.status === status) &&
        (minSeverity === '' || (entry.latest?.severity ?? 0) >= Number(minSeverity)) &&
        (owner === '' || entry.ownerId === owner),
    );
    const value = (entry: RegisterEntry): string | number => {
      switch (sort.key) {
        case 'name':
          return barrierName(catalogue, entry).toLocaleLowerCase();
        case 'group':
          return groupName(catalogue, entry.group);
        case 'severity':
          return entry.latest?.severity ?? 0;
        case 'change':
          return entry.change ?? -99;
        case 'status':
          return barrierStatuses.indexOf(entry.status);
        case 'owner':
          return entry.ownerName ?? '';
      }
    };
    return [...filtered].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
      return sort.descending ? -order : order;
    });
  }, [entries, group, level, status, minSeverity, owner, sort, catalogue]);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key === 'severity' || key === 'change' })}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  return (
    <div>
      <div className="filters" role="group" aria-label={t('barriers.filters')}>
        <SelectField label={t('barriers.group')} value={group} onChange={setGroup} emptyLabel={t('common.all')} options={barrierGroups.map((option) => ({ value: option, label: groupName(catalogue, option) }))} />
        <SelectField label={t('barriers.level')} value={level} onChange={setLevel} emptyLabel={t('common.all')} options={barrierLevels.map((option) => ({ value: option, label: t(`levels.${option}`) }))} />
        <SelectField label={t('barriers.status')} value={status} onChange={setStatus} emptyLabel={t('common.all')} options={barrierStatuses.map((option) => ({ value: option, label: t(`barrierStatus.${option}`) }))} />
        <SelectField
          label={t('barriers.minSeverity')}
          value={minSeverity}
          onChange={setMinSeverity}
          emptyLabel={t('common.all')}
          options={[2, 3, 4, 5].map((option) => ({ value: String(option), label: t('barriers.atLeast', { severity: option }) }))}
        />
        <SelectField label={t('barriers.owner')} value={owner} onChange={setOwner} emptyLabel={t('common.all')} options={members.map((member) => ({ value: member.id, label: member.name }))} />
      </div>
      <p role="status" className="hint">
        {t('barriers.showing', { shown: shown.length, total: entries.length })}
      </p>
      <TableBox label={t('barriers.registerTitle')}>
        <table>
          <caption className="visually-hidden">{t('barriers.registerTitle')}</caption>
          <thead>
            <tr>
              {header('name', t('barriers.name'))}
              {header('group', t('barriers.group'))}
              {header('severity', t('barriers.severity'))}
              {header('change', t('barriers.change'))}
              {header('status', t('barriers.status'))}
              {header('owner', t('barriers.owner'))}
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  <a href={`#/barriers/${entry.id}`}>
                    <RecordText text={barrierName(catalogue, entry)} />
                  </a>
                  {entry.catalogueId === null && <span className="badge">{t('barriers.ownBadge')}</span>}
                  {entry.kind === 'facilitator' && <span className="badge">{t('barriers.facilitatorBadge')}</span>}
                </th>
                <td>{groupName(catalogue, entry.group)}</td>
                <td>
                  {entry.latest === null ? (
                    <span className="hint">{t('barriers.notReviewed')}</span>
                  ) : (
                    <span className={`severity severity-${String(entry.latest.severity)}`}>
                      {entry.latest.severity} – {t(`severity.${String(entry.latest.severity)}`)}
                      <span className="hint"> ({formatDate(entry.latest.reviewDate)})</span>
                    </span>
                  )}
                </td>
                <td>
                  <ChangeText change={entry.change} />
                </td>
                <td>{t(`barrierStatus.${entry.status}`)}</td>
                <td>{entry.ownerName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </div>
  );
}
