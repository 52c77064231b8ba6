import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../../electron/core/barriers/catalogue';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import { barrierGroups, barrierLevels, type BarrierGroup, type BarrierLevel } from '../../../../electron/core/domain/barrier-terms';
import type { Member, Service } from '../../../../electron/core/committee/committee-types';
import { call } from '../../api/api-client';
import { currentLanguage } from '../../i18n/i18n';
import { groupName, useCatalogueStore } from '../../state/catalogue-store';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BarrierFields, type BarrierFieldValues } from './BarrierFields';
import { SelectField } from '../../ui/SelectField';
import { RecordText } from '../../ui/RecordText';
import { separated } from '../../format/punctuation';

type Props = { register: RegisterEntry[]; members: Member[]; services: Service[]; onAdded: (message: string, id: string) => void };

const emptyFields: BarrierFieldValues = { localWording: '', serviceIds: [], ownerId: null, status: 'active' };

function EntrySources({ entry }: { entry: CatalogueEntry }) {
  const catalogue = useCatalogueStore((state) => state.catalogue);
  return <RecordText text={separated(entry.sources.map((id) => catalogue?.sources.find((source) => source.id === id)?.short[currentLanguage()] ?? id))} />;
}

/** The literature's barriers and facilitators, to take into the register, and a form for the committee's own. */
export function CataloguePanel({ register, members, services, onAdded }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const language = currentLanguage();
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState<CatalogueEntry | 'custom' | null>(null);
  const [fields, setFields] = useState<BarrierFieldValues>(emptyFields);
  const [custom, setCustom] = useState<{ name: string; description: string; group: BarrierGroup; level: BarrierLevel }>({ name: '', description: '', group: 'policy', level: 'contextual' });
  const inRegister = new Set(register.map((entry) => entry.catalogueId));

  const add = useAction(async () => {
    if (adding === null) return;
    const details =
      adding === 'custom'
        ? await call('addBarrier', { source: 'custom', ...custom, ...fields })
        : await call('addBarrier', { source: 'catalogue', catalogueId: adding.id, ...fields });
    onAdded(t('catalogue.added', { name: adding === 'custom' ? custom.name.trim() : adding.name[language] }), details.entry.id);
    setAdding(null);
    setFields(emptyFields);
  });

  if (catalogue === null) return null;
  const needle = search.trim().toLocaleLowerCase();
  const matches = (entry: CatalogueEntry) => needle === '' || `${entry.name[language]} ${entry.description[language]}`.toLocaleLowerCase().includes(needle);

  const form = (
    <form className="card add-form" onSubmit={(event) => { event.preventDefault(); void add.run(); }} onKeyDown={(event) => { if (event.key === 'Escape') setAdding(null); }}>
      <h3>{adding === 'custom' || adding === null ? t('catalogue.addOwnTitle') : t('catalogue.addTitle', { name: adding.name[language] })}</h3>
      {adding === 'custom' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('barriers.name')}</label>
            <input id={`${id}-name`} required maxLength={200} value={custom.name} onChange={(event) => setCustom({ ...custom, name: event.target.value })} autoFocus />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('barriers.description')}</label>
            <textarea id={`${id}-description`} rows={2} maxLength={4000} value={custom.description} onChange={(event) => setCustom({ ...custom, description: event.target.value })} />
          </div>
          <div className="form-grid">
            <SelectField
              label={t('barriers.group')}
              value={custom.group}
              onChange={(chosen) => setCustom({ ...custom, group: barrierGroups.find((group) => group === chosen) ?? 'policy' })}
              options={barrierGroups.map((group) => ({ value: group, label: groupName(catalogue, group) }))}
            />
            <SelectField
              label={t('barriers.level')}
              value={custom.level}
              onChange={(chosen) => setCustom({ ...custom, level: barrierLevels.find((level) => level === chosen) ?? 'contextual' })}
              options={barrierLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
            />
          </div>
        </>
      )}
      <BarrierFields value={fields} onChange={setFields} members={members} services={services} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={add.busy}>
          {t('catalogue.addButton')}
        </button>
        <button type="button" onClick={() => setAdding(null)}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorMessage error={add.error} />
    </form>
  );

  return (
    <div>
      <p className="hint">{t('catalogue.explain', { version: catalogue.version })}</p>
      <div className="button-row">
        <button type="button" onClick={() => { setFields(emptyFields); setAdding('custom'); }}>
          {t('catalogue.addOwn')}
        </button>
      </div>
      {adding === 'custom' && form}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('catalogue.search')}</label>
        <input id={`${id}-search`} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      {catalogue.groups.map((group) => {
        const entries = catalogue.entries.filter((entry) => entry.group === group.id && matches(entry));
        if (entries.length === 0) return null;
        return (
          <section key={group.id} aria-labelledby={`${id}-${group.id}`}>
            <h3 id={`${id}-${group.id}`}>{group.name[language]}</h3>
            <ul className="catalogue-list">
              {entries.map((entry) => (
                <li key={entry.id} className="catalogue-entry">
                  <div>
                    <RecordText as="strong" text={entry.name[language]} />
                    {/* A space, so the badge is a word of its own when read out or copied, not glued to the name. */}
                    {entry.kind === 'facilitator' && <> <span className="badge">{t('barriers.facilitatorBadge')}</span></>}
                    <RecordText as="p" text={entry.description[language]} />
                    <p className="hint">
                      {t('catalogue.meta', { levels: entry.levels.map((level) => t(`levels.${level}`)).join(', '), cfir: t(`cfir.${entry.cfir}`) })} · <EntrySources entry={entry} />
                    </p>
                  </div>
                  {inRegister.has(entry.id) ? (
                    <span className="badge">{t('catalogue.inRegister')}</span>
                  ) : (
                    <button type="button" onClick={() => { setFields(emptyFields); setAdding(entry); }} aria-label={t('catalogue.addNamed', { name: entry.name[language] })}>
                      {t('catalogue.addButton')}
                    </button>
                  )}
                  {adding !== null && adding !== 'custom' && adding.id === entry.id && form}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
