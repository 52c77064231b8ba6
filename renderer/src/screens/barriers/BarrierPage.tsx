import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarrierDetails } from '../../../../electron/core/api/contract';
import type { Service } from '../../../../electron/core/committee/committee-types';
import { mitigationStatuses } from '../../../../electron/core/domain/barrier-terms';
import { call } from '../../api/api-client';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../format/format';
import { barrierName, catalogueEntryOf, groupName, useCatalogueStore } from '../../state/catalogue-store';
import { useWorkspaceStore } from '../../state/workspace-store';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BarrierFields, type BarrierFieldValues } from './BarrierFields';
import { ChangeText } from './RegisterList';
import { RecordHistory } from '../audit/RecordHistory';
import { BarrierLinks } from './BarrierLinks';
import { RecordText } from '../../ui/RecordText';

/** One barrier: what it is, how it shows here, its reviews over time, what is being done about it. */
export function BarrierPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const formId = useId();
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const loadCatalogue = useCatalogueStore((state) => state.load);
  const members = useWorkspaceStore((state) => state.members);
  const [details, setDetails] = useState<BarrierDetails | null>(null);
  const [services, setServices] = useState<Service[]>([]);
  const [fields, setFields] = useState<BarrierFieldValues | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState<{ assessments: number; mitigations: number; votes: number } | null>(null);
  const [mitigation, setMitigation] = useState('');
  const language = currentLanguage();

  const show = (next: BarrierDetails) => {
    setDetails(next);
    setFields({ localWording: next.entry.localWording, serviceIds: next.entry.serviceIds, ownerId: next.entry.ownerId, status: next.entry.status });
  };
  useEffect(() => {
    void loadCatalogue();
    call('getBarrier', { id }).then(show, setError);
    call('listServices', {}).then(setServices, setError);
  }, [id, loadCatalogue]);

  const save = useAction(async () => {
    if (fields === null) return;
    show(await call('updateBarrier', { id, ...fields }));
    setNotice(t('common.saved'));
  });
  const addMitigation = useAction(async (text: string, fromCatalogue: boolean) => {
    show(await call('addMitigation', { barrierId: id, text, fromCatalogue, status: 'planned' }));
    setMitigation('');
  });
  const setStatus = useAction(async (mitigationId: string, status: (typeof mitigationStatuses)[number]) => show(await call('setMitigationStatus', { id: mitigationId, status })));
  const remove = useAction(async (confirmed: boolean) => {
    const outcome = await call('removeBarrier', { id, confirmed });
    if (outcome.outcome === 'needs_confirmation') {
      setConfirming(outcome);
      return;
    }
    setConfirming(null);
    if (outcome.outcome === 'deleted') window.location.hash = '#/barriers';
    else show(await call('getBarrier', { id }));
  });
  const restore = useAction(async () => show(await call('restoreBarrier', { id })));

  if (error !== null) return <ErrorMessage error={error} />;
  if (details === null || fields === null) return <p>{t('app.loading')}</p>;
  const { entry } = details;
  const catalogueEntry = catalogueEntryOf(catalogue, entry.catalogueId);
  const name = barrierName(catalogue, entry);
  const adopted = new Set(details.mitigations.map((item) => item.text));
  const suggestions = (catalogueEntry?.mitigations ?? []).map((text) => text[language]).filter((text) => !adopted.has(text));

  return (
    <article aria-labelledby="section-title">
      <p>
        <a href="#/barriers">{t('barriers.backToRegister')}</a>
      </p>
      <h1 id="section-title">
        <RecordText text={name} />
      </h1>
      {entry.archivedAt !== null && (
        <div className="message message-warning">
          <p>{t('barriers.archivedOn', { date: formatDate(entry.archivedAt) })}</p>
          <button type="button" onClick={() => void restore.run()}>
            {t('barriers.restore')}
          </button>
          <ErrorMessage error={restore.error} />
        </div>
      )}
      <section className="card">
        <RecordText as="p" text={catalogueEntry?.description[language] ?? entry.description} />
        <dl className="facts">
          <dt>{t('barriers.group')}</dt>
          <dd>{groupName(catalogue, entry.group)}</dd>
          <dt>{t('barriers.level')}</dt>
          <dd>{entry.levels.map((level) => t(`levels.${level}`)).join(', ')}</dd>
          {entry.cfir !== null && (
            <>
              <dt>{t('barriers.cfir')}</dt>
              <dd>{t(`cfir.${entry.cfir}`)}</dd>
            </>
          )}
          <dt>{t('barriers.latest')}</dt>
          <dd>
            {entry.latest === null ? t('barriers.notReviewed') : `${String(entry.latest.severity)} – ${t(`severity.${String(entry.latest.severity)}`)}`} · <ChangeText change={entry.change} />
          </dd>
        </dl>
        {catalogueEntry !== undefined && (
          <details>
            <summary>{t('barriers.sources')}</summary>
            <ul className="compact-list">
              {catalogueEntry.sources.map((sourceId) => (
                <li key={sourceId}>{catalogue?.sources.find((source) => source.id === sourceId)?.citation ?? sourceId}</li>
              ))}
            </ul>
          </details>
        )}
      </section>

      {entry.archivedAt === null && (
        <form className="card" aria-labelledby={`${formId}-local`} onSubmit={(event) => { event.preventDefault(); void save.run(); }}>
          <h2 id={`${formId}-local`}>{t('barriers.hereTitle')}</h2>
          <BarrierFields value={fields} onChange={setFields} members={members} services={services} />
          <button type="submit" className="primary" disabled={save.busy}>
            {t('common.save')}
          </button>
          <p role="status" className="status-line">
            {notice}
          </p>
          <ErrorMessage error={save.error} />
        </form>
      )}

      <section className="card" aria-labelledby={`${formId}-timeline`}>
        <h2 id={`${formId}-timeline`}>{t('barriers.timeline')}</h2>
        {details.assessments.length === 0 ? (
          <p>{t('barriers.notReviewed')}</p>
        ) : (
          <ol className="timeline">
            {details.assessments.map((assessment) => (
              <li key={assessment.id}>
                <strong>{formatDate(assessment.reviewDate)}</strong>: <span className={`severity severity-${String(assessment.severity)}`}>{assessment.severity} – {t(`severity.${String(assessment.severity)}`)}</span> · {t(`trends.${assessment.trend}`)}
                {assessment.note !== '' && <> · {assessment.note}</>}
                {assessment.by !== null && <span className="hint"> ({assessment.by})</span>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card" aria-labelledby={`${formId}-mitigations`}>
        <h2 id={`${formId}-mitigations`}>{t('barriers.mitigations')}</h2>
        {details.mitigations.length === 0 && <p>{t('barriers.noMitigations')}</p>}
        <ul className="mitigations">
          {details.mitigations.map((item) => (
            <li key={item.id}>
              <RecordText text={item.text} />
              <label className="visually-hidden" htmlFor={`${formId}-${item.id}`}>
                {t('barriers.mitigationStatusOf', { text: item.text })}
              </label>
              <select id={`${formId}-${item.id}`} value={item.status} onChange={(event) => void setStatus.run(item.id, mitigationStatuses.find((status) => status === event.target.value) ?? 'planned')}>
                {mitigationStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`mitigationStatus.${status}`)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
        <ErrorMessage error={setStatus.error} />
        {suggestions.length > 0 && (
          <>
            <h3>{t('barriers.suggestions')}</h3>
            <ul className="mitigations">
              {suggestions.map((text) => (
                <li key={text}>
                  <RecordText text={text} />
                  <button type="button" onClick={() => void addMitigation.run(text, true)}>
                    {t('barriers.adopt')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form className="inline-form" onSubmit={(event) => { event.preventDefault(); void addMitigation.run(mitigation, false); }}>
          <div className="field">
            <label htmlFor={`${formId}-new-mitigation`}>{t('barriers.ownMitigation')}</label>
            <input id={`${formId}-new-mitigation`} required maxLength={2000} value={mitigation} onChange={(event) => setMitigation(event.target.value)} />
          </div>
          <button type="submit">{t('barriers.addMitigation')}</button>
        </form>
        <ErrorMessage error={addMitigation.error} />
      </section>

      <section className="card" aria-labelledby={`${formId}-links`}>
        <h2 id={`${formId}-links`}>{t('barriers.linksTitle')}</h2>
        {details.votes.length > 0 && (
          <ul className="compact-list">
            {details.votes.map((vote) => (
              <li key={vote.roundId}>{t('barriers.voteResult', { title: vote.title, date: formatDate(vote.heldOn), rank: vote.rank ?? '–', dots: vote.total ?? '–' })}</li>
            ))}
          </ul>
        )}
        <BarrierLinks barrierId={id} />
      </section>

      <RecordHistory table="barrier" id={id} version={details} />
      {entry.archivedAt === null && (
        <section className="card">
          {confirming === null ? (
            <button type="button" onClick={() => void remove.run(false)}>
              {t('barriers.remove')}
            </button>
          ) : (
            <div className="confirm" role="group" aria-labelledby={`${formId}-confirm`}>
              <p id={`${formId}-confirm`}>{t('barriers.confirmArchive', confirming)}</p>
              <div className="button-row">
                <button type="button" className="primary" onClick={() => void remove.run(true)} autoFocus>
                  {t('barriers.archive')}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
          <ErrorMessage error={remove.error} />
        </section>
      )}
    </article>
  );
}
