import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FidelityReviewDetails } from '../../../../electron/core/api/contract';
import type { Service } from '../../../../electron/core/committee/committee-types';
import { call } from '../../api/api-client';
import { formatDate } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { useFidelityStore } from '../../state/fidelity-store';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ResultText } from './ResultText';
import { ReviewForm } from './ReviewForm';
import { RecordHistory } from '../audit/RecordHistory';
import { TableBox } from '../../ui/TableBox';
import { labelled } from '../../format/punctuation';

/** One review: its result, what moved since the previous one, its weakest items (each can become a barrier), and every score. */
export function ReviewPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const scale = useFidelityStore((state) => state.scale);
  const loadScale = useFidelityStore((state) => state.load);
  const [details, setDetails] = useState<FidelityReviewDetails | null>(null);
  const [services, setServices] = useState<Service[]>([]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const language = currentLanguage();

  useEffect(() => {
    void loadScale();
    call('getFidelityReview', { id }).then(setDetails, setError);
    call('listServices', {}).then(setServices, setError);
  }, [id, loadScale]);

  const toBarrier = useAction(async (itemId: string) => {
    const { barrierId } = await call('fidelityItemToBarrier', { reviewId: id, itemId });
    window.location.hash = `#/barriers/${barrierId}`;
  });

  if (error !== null) return <ErrorMessage error={error} />;
  if (details === null || scale === null) return <p>{t('app.loading')}</p>;
  const { review } = details;
  const itemName = (itemId: string) => {
    const item = scale.items.find((candidate) => candidate.id === itemId);
    const section = scale.sections.find((candidate) => candidate.id === item?.section);
    return item === undefined ? itemId : labelled(`${section?.name[language] ?? ''} ${String(item.number)}`, item.name[language]);
  };
  const barrierOf = new Map(details.barriers.map((link) => [link.itemId, link.barrierId]));

  if (editing) {
    return (
      <ReviewForm
        services={services}
        review={review}
        onSaved={() => {
          setEditing(false);
          call('getFidelityReview', { id }).then(setDetails, setError);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  return (
    <article aria-labelledby="section-title">
      <p>
        <a href="#/fidelity">{t('fidelity.back')}</a>
      </p>
      <h1 id="section-title">{t('fidelity.reviewTitle', { service: review.serviceName, date: formatDate(review.reviewDate) })}</h1>
      <section className="card">
        <p className="big-number">
          <ResultText result={review.result} />
        </p>
        <dl className="facts">
          <dt>{t('fidelity.scaleVersion')}</dt>
          <dd>{t(`fidelity.versions.${review.scaleVersion}`)}</dd>
          <dt>{t('fidelity.reviewerKind')}</dt>
          <dd>{t(`fidelity.reviewerKinds.${review.reviewerKind}`)}</dd>
          <dt>{t('fidelity.reviewers')}</dt>
          <dd>{review.reviewers}</dd>
          <dt>{t('fidelity.previousReview')}</dt>
          <dd>{details.previous === null ? t('fidelity.noPrevious') : <a href={`#/fidelity/${details.previous.id}`}>{formatDate(details.previous.reviewDate)}</a>}</dd>
        </dl>
        {review.recommendations !== '' && (
          <>
            <h2>{t('fidelity.recommendations')}</h2>
            <p className="preserve-lines">{review.recommendations}</p>
          </>
        )}
        <button type="button" onClick={() => setEditing(true)}>
          {t('fidelity.editReview')}
        </button>
        <RecordHistory table="fidelity_review" id={id} version={details} />
      </section>
      <section className="card" aria-labelledby="lowest-title">
        <h2 id="lowest-title">{t('fidelity.lowest')}</h2>
        <ul className="mitigations">
          {details.lowest.map((entry) => (
            <li key={entry.itemId}>
              <span>
                {itemName(entry.itemId)}: <strong>{entry.score}</strong>
              </span>
              {barrierOf.has(entry.itemId) ? (
                <a href={`#/barriers/${barrierOf.get(entry.itemId) ?? ''}`}>{t('fidelity.openBarrier')}</a>
              ) : (
                <button type="button" onClick={() => void toBarrier.run(entry.itemId)} aria-label={t('fidelity.makeBarrierFor', { item: itemName(entry.itemId) })}>
                  {t('fidelity.makeBarrier')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <p className="hint">{t('fidelity.actionsPending')}</p>
        <ErrorMessage error={toBarrier.error} />
      </section>
      {details.previous !== null && (
        <section className="card" aria-labelledby="moved-title">
          <h2 id="moved-title">{t('fidelity.moved', { date: formatDate(details.previous.reviewDate) })}</h2>
          {details.moved.length === 0 ? (
            <p>{t('fidelity.nothingMoved')}</p>
          ) : (
            <ul className="compact-list">
              {details.moved.map((move) => (
                <li key={move.itemId}>
                  {labelled(itemName(move.itemId), `${String(move.before)} → ${String(move.after)}`)} ({move.after > move.before ? t('fidelity.up') : t('fidelity.down')})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="items-title">
        <h2 id="items-title">{t('fidelity.allItems')}</h2>
        <TableBox label={t('fidelity.allItems')}>
          <table>
            <caption className="visually-hidden">{t('fidelity.allItems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fidelity.item')}</th>
                <th scope="col">{t('fidelity.score')}</th>
                <th scope="col">{t('fidelity.itemNote')}</th>
              </tr>
            </thead>
            <tbody>
              {scale.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{itemName(item.id)}</th>
                  <td>{review.scores[item.id]?.score ?? t('fidelity.notRated')}</td>
                  <td>{review.scores[item.id]?.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      </section>
    </article>
  );
}
