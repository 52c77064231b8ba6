import { useTranslation } from 'react-i18next';
import type { QuarterSnapshot } from '../../../../electron/core/figures/build-dashboard';
import type { FigureSummary, Rate } from '../../../../electron/core/figures/summarise-figures';
import { formatNumber, formatQuarter, formatRate } from '../../format/format';
import { GlossaryTerm } from '../../ui/GlossaryTerm';

type Figure = { key: string; label: string; value: (summary: FigureSummary) => number | null; rate: boolean };

function rateValue(rate: Rate): number | null {
  return rate?.value ?? null;
}

function Change({ now, before, rate, label }: { now: number | null; before: number | null; rate: boolean; label: string }) {
  const { t } = useTranslation();
  if (now === null || before === null) return <li>{t('dashboard.changeNoData', { label })}</li>;
  // The change in the units shown: whole percentage points between the rounded rates on the card, tenths
  // otherwise. A change that rounds to nothing is "no change", never "−0".
  const difference = rate ? Math.round(now * 100) - Math.round(before * 100) : Math.round((now - before) * 10) / 10;
  const sign = difference > 0 ? '+' : '−';
  const size = Math.abs(difference);
  const text = rate ? `${sign}${t('dashboard.points', { count: size, formatted: formatNumber(size) })}` : `${sign}${formatNumber(size, 1)}`;
  return <li>{t('dashboard.changeAgainst', { change: difference === 0 ? t('dashboard.noChange') : text, label })}</li>;
}

/** The latest quarter at a glance, each figure with its change against the previous quarter and a year earlier. */
export function KeyFigures({ latest }: { latest: QuarterSnapshot }) {
  const { t } = useTranslation();
  const figures: Figure[] = [
    { key: 'referrals', label: t('measures.referrals.label'), value: (s) => s.totals.referrals, rate: false },
    { key: 'engaged', label: t('measures.engaged.label'), value: (s) => s.totals.engaged, rate: false },
    { key: 'job_starts', label: t('measures.job_starts.label'), value: (s) => s.totals.job_starts, rate: false },
    { key: 'sustained_13w', label: t('measures.sustained_13w.label'), value: (s) => s.totals.sustained_13w, rate: false },
    { key: 'employmentRate', label: t('rates.employmentRate'), value: (s) => rateValue(s.employmentRate), rate: true },
    { key: 'caseloadPerFte', label: t('rates.caseloadPerFte'), value: (s) => rateValue(s.caseloadPerFte), rate: false },
  ];
  const noData = t('common.noData');
  return (
    <ul className="key-figures" aria-label={t('dashboard.keyFigures', { quarter: formatQuarter(latest.quarter) })}>
      {figures.map((figure) => {
        const now = figure.value(latest.summary);
        const shown = figure.rate ? formatRate(now, noData) : now === null ? noData : formatNumber(now, figure.key === 'caseloadPerFte' ? 1 : 0);
        return (
          <li key={figure.key} className="card key-figure">
            <span className="key-label">
              <GlossaryTerm term={figure.key}>{figure.label}</GlossaryTerm>
            </span>
            <span className="key-value">{shown}</span>
            {figure.key === 'employmentRate' && latest.summary.employmentBand !== null && (
              <span className={`band band-${latest.summary.employmentBand}`}>{t(`bands.${latest.summary.employmentBand}`)}</span>
            )}
            <ul className="key-changes">
              <Change now={now} before={latest.previous === null ? null : figure.value(latest.previous)} rate={figure.rate} label={t('dashboard.previousQuarter')} />
              <Change now={now} before={latest.yearAgo === null ? null : figure.value(latest.yearAgo)} rate={figure.rate} label={t('dashboard.yearEarlier')} />
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
