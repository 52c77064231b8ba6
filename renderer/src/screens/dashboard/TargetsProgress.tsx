import { useTranslation } from 'react-i18next';
import type { TargetProgress } from '../../../../electron/core/figures/target-progress';
import { formatNumber, formatRate } from '../../format/format';
import { TableBox } from '../../ui/TableBox';

/** This year's targets: how far the committee has come, and whether that is on pace for the year. */
export function TargetsProgress({ progress }: { progress: TargetProgress }) {
  const { t } = useTranslation();
  const noData = t('common.noData');
  const anyTarget = progress.lines.some((line) => line.target !== null);
  return (
    <section className="card" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('dashboard.targetsTitle', { year: progress.year })}</h2>
      {!anyTarget ? (
        <p>{t('dashboard.noTargets', { year: progress.year })}</p>
      ) : (
        <>
          <p className="hint">{progress.yearOver ? t('dashboard.targetsYearOver', { year: progress.year }) : t('dashboard.targetsExplain', { count: progress.reportedQuarters.length })}</p>
          <TableBox label={t('dashboard.targetsTitle', { year: progress.year })}>
            <table>
              <caption className="visually-hidden">{t('dashboard.targetsTitle', { year: progress.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.measure')}</th>
                  <th scope="col">{t('dashboard.target')}</th>
                  <th scope="col">{t('dashboard.soFar')}</th>
                  <th scope="col">{t('dashboard.expectedByNow')}</th>
                  <th scope="col">{t('dashboard.progress')}</th>
                  <th scope="col">{t('dashboard.pace')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.lines.map((line) => (
                  <tr key={line.measure}>
                    <th scope="row">{t(`measures.${line.measure}.label`)}</th>
                    <td>{line.target === null ? t('dashboard.noTarget') : formatNumber(line.target)}</td>
                    <td>{line.actual === null ? noData : formatNumber(line.actual)}</td>
                    <td>{line.expected === null ? '' : formatNumber(line.expected, Number.isInteger(line.expected) ? 0 : 1)}</td>
                    <td>
                      {line.share === null ? noData : (
                        <span className="progress">
                          <progress max={1} value={Math.min(1, line.share)} aria-hidden="true" /> {formatRate(line.share, noData)}
                        </span>
                      )}
                    </td>
                    <td>{line.judgement === null ? '' : <span className={line.judgement === 'met' || line.judgement === 'on_pace' ? 'status status-good' : 'status status-warn'}>{t(`dashboard.judgement.${line.judgement}`)}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </>
      )}
    </section>
  );
}
