import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../electron/core/committee/committee-types';
import type { FidelityReview } from '../../../../electron/core/fidelity/list-reviews';
import { reviewerKinds, scaleVersions, type ReviewerKind, type ScaleVersion } from '../../../../electron/core/domain/fidelity-terms';
import { call } from '../../api/api-client';
import { fileToBase64 } from '../../api/file-transfer';
import { formatNumber, todayIso } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { useFidelityStore } from '../../state/fidelity-store';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { describeIssue } from '../quarterly/describe-issue';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';
import { FilePicker } from '../../ui/FilePicker';
import { labelled } from '../../format/punctuation';

type Scores = Record<string, { score: number | null; note: string }>;

/** The 25 items with their anchors, rated 1–5 each; a CSV of `item, score, note` can fill the form. */
export function ReviewForm({ services, review, onSaved, onCancel }: { services: Service[]; review: FidelityReview | null; onSaved: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const scale = useFidelityStore((state) => state.scale);
  const language = currentLanguage();
  const [serviceId, setServiceId] = useState(review?.serviceId ?? services[0]?.id ?? '');
  const [reviewDate, setReviewDate] = useState(review?.reviewDate ?? todayIso());
  const [scaleVersion, setScaleVersion] = useState<ScaleVersion>(review?.scaleVersion ?? 'us2008');
  const [reviewerKind, setReviewerKind] = useState<ReviewerKind>(review?.reviewerKind ?? 'external');
  const [reviewers, setReviewers] = useState(review?.reviewers ?? '');
  const [recommendations, setRecommendations] = useState(review?.recommendations ?? '');
  const [scores, setScores] = useState<Scores>(review?.scores ?? {});
  const [fileIssues, setFileIssues] = useState<string[]>([]);

  const save = useAction(async () => {
    const details = await call('saveFidelityReview', { ...(review === null ? {} : { id: review.id }), serviceId, reviewDate, scaleVersion, reviewerKind, reviewers, recommendations, scores });
    onSaved(details.review.id);
  });
  const fill = useAction(async (file: File | undefined) => {
    if (file === undefined) return;
    const result = await call('readFidelityFile', { fileName: file.name, contentBase64: await fileToBase64(file) });
    setFileIssues(result.errors.map(describeIssue));
    if (result.errors.length === 0) setScores({ ...scores, ...result.scores });
  });

  if (scale === null) return null;
  const rated = scale.items.filter((item) => scores[item.id]?.score != null);
  const sum = rated.reduce((total, item) => total + (scores[item.id]?.score ?? 0), 0);
  const setItem = (itemId: string, next: Partial<{ score: number | null; note: string }>) =>
    setScores({ ...scores, [itemId]: { score: scores[itemId]?.score ?? null, note: scores[itemId]?.note ?? '', ...next } });

  return (
    <form className="card" aria-labelledby={`${id}-title`} onSubmit={(event) => { event.preventDefault(); void save.run(); }}>
      <h2 id={`${id}-title`}>{review === null ? t('fidelity.newReview') : t('fidelity.editReview')}</h2>
      <div className="form-grid">
        <SelectField label={t('service.name')} value={serviceId} onChange={setServiceId} options={services.map((service) => ({ value: service.id, label: service.name }))} />
        <TextField label={t('fidelity.reviewDate')} type="date" required value={reviewDate} onChange={setReviewDate} />
        <SelectField
          label={t('fidelity.scaleVersion')}
          value={scaleVersion}
          onChange={(chosen) => setScaleVersion(scaleVersions.find((version) => version === chosen) ?? 'us2008')}
          options={scaleVersions.map((version) => ({ value: version, label: t(`fidelity.versions.${version}`), disabled: version === 'ips_y' }))}
        />
      </div>
      <fieldset className="checkboxes">
        <legend>{t('fidelity.reviewerKind')}</legend>
        {reviewerKinds.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name={`${id}-kind`} checked={reviewerKind === kind} onChange={() => setReviewerKind(kind)} />
            {t(`fidelity.reviewerKinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <TextField label={t('fidelity.reviewers')} maxLength={500} value={reviewers} onChange={setReviewers} />
      <FilePicker label={t('fidelity.fillFromFile')} hint={t('fidelity.fillHint')} accept=".csv,.xlsx,text/csv" onChoose={(files) => void fill.run(files?.[0])} />
      {fileIssues.length > 0 && (
        <div className="message message-error" role="alert">
          <ul className="issues">
            {fileIssues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorMessage error={fill.error} />
      {scale.sections.map((section) => (
        <section key={section.id} aria-labelledby={`${id}-${section.id}`}>
          <h3 id={`${id}-${section.id}`}>{section.name[language]}</h3>
          {scale.items
            .filter((item) => item.section === section.id)
            .map((item) => {
              const anchors = { ...item.anchors, ...(item.versionAnchors?.[scaleVersion] ?? {}) };
              const name = labelled(`${section.name[language]} ${String(item.number)}`, item.name[language]);
              return (
                <fieldset key={item.id} className="review-item">
                  <legend>{name}</legend>
                  <p className="hint">{item.definition[language]}</p>
                  <div className="anchor-choices" role="radiogroup" aria-label={t('fidelity.scoreOf', { name })}>
                    {(['1', '2', '3', '4', '5'] as const).map((score) => (
                      <label key={score} className="anchor-choice">
                        <input type="radio" name={`${id}-${item.id}`} checked={scores[item.id]?.score === Number(score)} onChange={() => setItem(item.id, { score: Number(score) })} />
                        <strong>{score}</strong> {anchors[score][language]}
                      </label>
                    ))}
                    <label className="anchor-choice">
                      <input type="radio" name={`${id}-${item.id}`} checked={scores[item.id]?.score == null} onChange={() => setItem(item.id, { score: null })} />
                      {t('fidelity.notRated')}
                    </label>
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-${item.id}-note`}>{t('fidelity.itemNote')}</label>
                    <input id={`${id}-${item.id}-note`} maxLength={2000} value={scores[item.id]?.note ?? ''} onChange={(event) => setItem(item.id, { note: event.target.value })} />
                  </div>
                </fieldset>
              );
            })}
        </section>
      ))}
      <div className="field">
        <label htmlFor={`${id}-recommendations`}>{t('fidelity.recommendations')}</label>
        <textarea id={`${id}-recommendations`} rows={4} maxLength={10000} value={recommendations} onChange={(event) => setRecommendations(event.target.value)} />
      </div>
      <p aria-live="polite" className="sticky-total">
        {t('fidelity.ratedSoFar', { rated: rated.length, items: scale.items.length, sum: formatNumber(sum) })}
      </p>
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.busy}>
          {t('fidelity.saveReview')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}
