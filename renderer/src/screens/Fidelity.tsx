import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../electron/core/committee/committee-types';
import type { FidelityReview } from '../../../electron/core/fidelity/list-reviews';
import { fidelityHistoryChart } from '../../../electron/core/domain/charts/fidelity-history-chart';
import { describeSeries } from '../../../electron/core/domain/charts/chart-definitions';
import { call } from '../api/api-client';
import { formatDate, todayIso } from '../format/format';
import { fidelityReviewDue } from '../../../electron/core/domain/fidelity-review-due';
import { useWorkspaceStore } from '../state/workspace-store';
import { currentLanguage } from '../i18n/i18n';
import { useFidelityStore } from '../state/fidelity-store';
import { ChartFigure } from '../ui/ChartFigure';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ResultText } from './fidelity/ResultText';
import { ReviewForm } from './fidelity/ReviewForm';
import { SelectField } from '../ui/SelectField';
import { TableBox } from '../ui/TableBox';
import { RecordText } from '../ui/RecordText';

/** Fidelity across services (the latest review of each), one service's history against the bands, and new reviews. */
export function Fidelity() {
  const { t } = useTranslation();
  const id = useId();
  const scale = useFidelityStore((state) => state.scale);
  const loadScale = useFidelityStore((state) => state.load);
  const [reviews, setReviews] = useState<FidelityReview[] | null>(null);
  const [services, setServices] = useState<Service[]>([]);
  const [serviceId, setServiceId] = useState('');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const language = currentLanguage();
  const interval = useWorkspaceStore((state) => state.workspace?.committee?.fidelityReviewMonths ?? 12);

  useEffect(() => {
    void loadScale();
    call('listFidelityReviews', {}).then(setReviews, setError);
    call('listServices', {}).then((loaded) => {
      setServices(loaded);
      setServiceId((current) => (current === '' ? (loaded[0]?.id ?? '') : current));
    }, setError);
  }, [loadScale]);

  if (error !== null) return <ErrorMessage error={error} />;
  if (reviews === null || scale === null) return <p>{t('app.loading')}</p>;
  const latest = services.map((service) => ({ service, review: reviews.filter((review) => review.serviceId === service.id).at(-1) }));
  const history = reviews.filter((review) => review.serviceId === serviceId);
  const serviceName = services.find((service) => service.id === serviceId)?.name ?? '';
  const dates = history.map((review) => formatDate(review.reviewDate));
  const totals = history.map((review) => (review.result.complete ? review.result.total : null));
  // The bands in the screen's words (also in plain language), as the results in the table name them.
  const bandLabel = (id: string, fallback: string) => {
    const words = t(`fidelity.bands.${id}`, { defaultValue: fallback });
    return words.charAt(0).toLocaleUpperCase(language) + words.slice(1);
  };
  const thresholds = scale.bands.filter((band) => band.id !== 'not_supported_employment').map((band) => ({ label: bandLabel(band.id, band.name[language]), value: band.min }));
  const chartTitle = t('fidelity.historyTitle', { service: serviceName });

  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('nav.fidelity')}</h1>
      <p className="hint">{t('fidelity.explain')}</p>
      <RecordText as="p" className="hint" text={scale.wording[language]} />
      {creating ? (
        <ReviewForm services={services} review={null} onSaved={(reviewId) => (window.location.hash = `#/fidelity/${reviewId}`)} onCancel={() => setCreating(false)} />
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)} disabled={services.length === 0}>
          {t('fidelity.newReview')}
        </button>
      )}
      <section className="card" aria-labelledby={`${id}-latest`}>
        <h2 id={`${id}-latest`}>{t('fidelity.latestTitle')}</h2>
        <p className="hint">{t('fidelity.intervalExplain', { count: interval })}</p>
        <TableBox label={t('fidelity.latestTitle')}>
          <table>
            <caption className="visually-hidden">{t('fidelity.latestTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('service.name')}</th>
                <th scope="col">{t('fidelity.reviewDate')}</th>
                <th scope="col">{t('fidelity.result')}</th>
                <th scope="col">{t('fidelity.reviewerKind')}</th>
                <th scope="col">{t('fidelity.nextReview')}</th>
              </tr>
            </thead>
            <tbody>
              {latest.map(({ service, review }) => {
                const next = fidelityReviewDue(review?.reviewDate ?? null, service.startDate, interval, todayIso());
                return (
                <tr key={service.id}>
                  <th scope="row">{service.name}</th>
                  <td>{review === undefined ? t('fidelity.neverReviewed') : <a href={`#/fidelity/${review.id}`}>{formatDate(review.reviewDate)}</a>}</td>
                  <td>{review === undefined ? '' : <ResultText result={review.result} />}</td>
                  <td>{review === undefined ? '' : t(`fidelity.reviewerKinds.${review.reviewerKind}`)}</td>
                  <td>
                    {formatDate(next.dueOn)}
                    {next.due && <span className="status status-warn"> {t('fidelity.due')}</span>}
                  </td>
                </tr>
                );
              })}
            </tbody>
          </table>
        </TableBox>
      </section>
      <section className="card" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>{t('fidelity.historySection')}</h2>
        <SelectField inline label={t('service.name')} value={serviceId} onChange={setServiceId} options={services.map((service) => ({ value: service.id, label: service.name }))} />
        {history.length === 0 ? (
          <p>{t('fidelity.neverReviewed')}</p>
        ) : (
          <>
            <ChartFigure
              config={fidelityHistoryChart(dates, totals, thresholds, { title: chartTitle, format: (value) => String(value) })}
              description={describeSeries(chartTitle, dates, [{ label: t('fidelity.result'), values: totals }], (value) => String(value), t('fidelity.incompleteShort'))}
              table={{
                caption: chartTitle,
                columns: [t('fidelity.reviewDate'), t('fidelity.result')],
                rows: history.map((review) => ({ header: formatDate(review.reviewDate), cells: [review.result.complete ? `${String(review.result.total)} – ${t(`fidelity.bands.${review.result.band ?? 'fair'}`)}` : t('fidelity.incompleteShort')] })),
              }}
            />
            <ul className="compact-list">
              {history.map((review) => (
                <li key={review.id}>
                  <a href={`#/fidelity/${review.id}`}>{formatDate(review.reviewDate)}</a> · <ResultText result={review.result} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
