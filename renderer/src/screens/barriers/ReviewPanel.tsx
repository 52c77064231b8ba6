import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import { barrierTrends, severities, type BarrierTrend } from '../../../../electron/core/domain/barrier-terms';
import { call } from '../../api/api-client';
import { todayIso } from '../../format/format';
import { barrierName, useCatalogueStore } from '../../state/catalogue-store';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DateInput } from '../../ui/DateInput';
import { RecordText } from '../../ui/RecordText';

type Draft = { severity: number | null; trend: BarrierTrend; note: string };

/**
 * A review of every barrier still being watched, on one form: severity, trend and a note each, in a
 * few minutes at a meeting. A barrier left without a severity is not part of this review.
 */
export function ReviewPanel({ entries, onSaved }: { entries: RegisterEntry[]; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const watched = entries.filter((entry) => entry.status !== 'resolved');
  const [reviewDate, setReviewDate] = useState(todayIso());
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const draftOf = (entry: RegisterEntry): Draft => drafts[entry.id] ?? { severity: null, trend: 'same', note: '' };
  const change = (entry: RegisterEntry, next: Partial<Draft>) => setDrafts({ ...drafts, [entry.id]: { ...draftOf(entry), ...next } });

  const save = useAction(async () => {
    const assessments = watched.flatMap((entry) => {
      const draft = draftOf(entry);
      return draft.severity === null ? [] : [{ barrierId: entry.id, severity: draft.severity, trend: draft.trend, note: draft.note }];
    });
    if (assessments.length === 0) throw new Error(t('review.nothingAssessed'));
    await call('recordReview', { reviewDate, assessments });
    setDrafts({});
    onSaved(t('review.saved', { count: assessments.length }));
  });

  if (watched.length === 0) return <p>{t('review.nothingToReview')}</p>;
  return (
    <form onSubmit={(event) => { event.preventDefault(); void save.run(); }}>
      <div className="field inline-field">
        <label htmlFor={`${id}-date`}>{t('review.date')}</label>
        <DateInput id={`${id}-date`} required value={reviewDate} onChange={setReviewDate} />
      </div>
      <p className="hint">{t('review.explain')}</p>
      {watched.map((entry) => {
        const draft = draftOf(entry);
        const name = barrierName(catalogue, entry);
        return (
          <fieldset key={entry.id} className="review-item">
            <legend>
              <RecordText text={name} />
            </legend>
            <p className="hint">
              {entry.latest === null ? t('review.firstTime') : t('review.lastTime', { severity: entry.latest.severity, label: t(`severity.${String(entry.latest.severity)}`) })}
            </p>
            <div className="choice-row" role="radiogroup" aria-label={t('review.severityOf', { name })}>
              {severities.map((severity) => (
                <label key={severity} className="choice">
                  <input type="radio" name={`${id}-${entry.id}-severity`} value={severity} checked={draft.severity === severity} onChange={() => change(entry, { severity })} />
                  {severity} – {t(`severity.${String(severity)}`)}
                </label>
              ))}
            </div>
            <div className="choice-row" role="radiogroup" aria-label={t('review.trendOf', { name })}>
              {barrierTrends.map((trend) => (
                <label key={trend} className="choice">
                  <input type="radio" name={`${id}-${entry.id}-trend`} value={trend} checked={draft.trend === trend} onChange={() => change(entry, { trend })} />
                  {t(`trends.${trend}`)}
                </label>
              ))}
            </div>
            <div className="field">
              <label htmlFor={`${id}-${entry.id}-note`}>{t('review.note')}</label>
              <input id={`${id}-${entry.id}-note`} maxLength={4000} value={draft.note} onChange={(event) => change(entry, { note: event.target.value })} />
            </div>
          </fieldset>
        );
      })}
      <button type="submit" className="primary" disabled={save.busy}>
        {t('review.save')}
      </button>
      <ErrorMessage error={save.error} />
    </form>
  );
}
