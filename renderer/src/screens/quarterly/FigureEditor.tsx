import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureDetails, FigureSource } from '../../../../electron/core/quarterly/figure-details';
import { measures, type Measure } from '../../../../electron/core/domain/measures';
import { call } from '../../api/api-client';
import { formatDateTime, formatNumber, formatQuarter } from '../../format/format';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TableBox } from '../../ui/TableBox';

type Props = { serviceId: string; serviceName: string; quarter: string; onChanged: () => void; onClose: () => void };

function SourceText({ source }: { source: FigureSource }) {
  const { t } = useTranslation();
  if (source.kind === 'import') return <>{t('figures.fromImport', { file: source.fileName, at: formatDateTime(source.at), by: source.by ?? t('common.unknownMember') })}</>;
  if (source.kind === 'manual') return <>{t('figures.fromManual', { at: formatDateTime(source.at), by: source.by ?? t('common.unknownMember') })}</>;
  return <>{t('figures.noSource')}</>;
}

/** One service's quarter: every measure editable by hand, each with where its value came from. */
export function FigureEditor({ serviceId, serviceName, quarter, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [details, setDetails] = useState<FigureDetails | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<Measure, string>>>({});
  const [saved, setSaved] = useState('');

  useEffect(() => {
    setDrafts({});
    setSaved('');
    call('getFigureDetails', { serviceId, quarter }).then(setDetails, () => setDetails(null));
  }, [serviceId, quarter]);

  const save = useAction(async () => {
    setSaved('');
    for (const measure of measures) {
      const draft = drafts[measure];
      if (draft === undefined) continue;
      const text = draft.trim().replace(',', '.');
      const value = text === '' ? null : Number(text);
      if (value !== null && !Number.isFinite(value)) throw new Error(t('figures.notANumber', { measure: t(`measures.${measure}.label`) }));
      const next = await call('setFigure', { serviceId, quarter, measure, value });
      setDetails(next);
      setDrafts((current) => ({ ...current, [measure]: undefined }));
    }
    setSaved(t('common.saved'));
    onChanged();
  });

  const valueOf = (measure: Measure) => {
    const draft = drafts[measure];
    if (draft !== undefined) return draft;
    const value = details?.values[measure] ?? null;
    return value === null ? '' : String(value);
  };

  return (
    <form
      className="card figure-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => { event.preventDefault(); void save.run(); }}
      onKeyDown={(event) => { if (event.key === 'Escape') onClose(); }}
    >
      <h3 id={`${id}-title`}>{t('figures.editTitle', { service: serviceName, quarter: formatQuarter(quarter) })}</h3>
      <p className="hint">{t('figures.editExplain')}</p>
      <TableBox label={t('figures.editTitle', { service: serviceName, quarter: formatQuarter(quarter) })}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.measure')}</th>
              <th scope="col">{t('figures.value')}</th>
              <th scope="col">{t('figures.source')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure}>
                <th scope="row">
                  <label htmlFor={`${id}-${measure}`}>{t(`measures.${measure}.label`)}</label>
                </th>
                <td>
                  <input
                    id={`${id}-${measure}`}
                    className="number-input"
                    inputMode={measure === 'es_fte' ? 'decimal' : 'numeric'}
                    value={valueOf(measure)}
                    onChange={(event) => setDrafts({ ...drafts, [measure]: event.target.value })}
                    aria-describedby={`${id}-${measure}-source`}
                  />
                </td>
                <td id={`${id}-${measure}-source`} className="hint">
                  {details === null ? t('figures.notYetRecorded') : <SourceText source={details.sources[measure]} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p role="status" className="status-line">
        {saved}
      </p>
      <ErrorMessage error={save.error} />
      {details !== null && details.history.length > 0 && (
        <details>
          <summary>{t('figures.history', { count: details.history.length })}</summary>
          <ul className="compact-list">
            {details.history.map((change, index) => (
              <li key={String(index)}>
                {formatDateTime(change.at)} · {t(`measures.${change.measure}.label`)}: {change.oldValue === null ? t('common.notReported') : formatNumber(change.oldValue, 2)} →{' '}
                {change.newValue === null ? t('common.notReported') : formatNumber(change.newValue, 2)} · {t(`figures.changeSource.${change.source}`)}
                {change.fileName !== null ? ` (${change.fileName})` : ''} · {change.by ?? t('common.unknownMember')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}
