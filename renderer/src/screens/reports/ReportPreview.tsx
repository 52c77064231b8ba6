import { useTranslation } from 'react-i18next';
import type { ReportSection } from '../../../../electron/core/domain/report-sections';
import type { ReportData } from '../../../../electron/core/report/report-data';
import { formatNumber, formatQuarter, formatRate } from '../../format/format';

/** What each chosen section will contain, from the same data the Word file is built from. */
export function ReportPreview({ data, sections }: { data: ReportData; sections: readonly ReportSection[] }) {
  const { t } = useTranslation();
  const noData = t('common.noData');
  const { summary } = data.outcomes.committee;
  const count = (value: number | null) => (value === null ? noData : formatNumber(value));
  const lines: Record<ReportSection, string> = {
    summary: summary.rowCount === 0 ? t('reports.preview.noFigures') : t('reports.preview.summary', { referrals: count(summary.totals.referrals), starts: count(summary.totals.job_starts), rate: formatRate(summary.employmentRate?.value ?? null, noData) }),
    outcomes: t('reports.preview.outcomes', { services: data.outcomes.services.length, quarters: data.outcomes.committee.summary.quarters.map((quarter) => formatQuarter(quarter)).join(', ') || noData }),
    fidelity: t('reports.preview.fidelity', { reviews: data.fidelity.reviews.length, due: data.summary.fidelityDue }),
    barriers: t('reports.preview.barriers', { count: data.barriers.register.length, worse: data.barriers.changes.worse.length, better: data.barriers.changes.better.length }),
    decisions: t('reports.preview.decisions', { decisions: data.decisions.length, actions: data.actions.list.length, overdue: data.actions.overdue }),
    voice: t('reports.preview.voice', { total: data.feedback.total, quotable: data.feedback.quotable }),
    next_steps: t('reports.preview.nextSteps', { actions: data.actions.open, waiting: data.feedback.waiting }),
    appendix: t('reports.preview.appendix', { imports: data.appendix.imports.length }),
  };
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('reports.previewTitle')}</h2>
      <p className="hint">{t('reports.previewExplain')}</p>
      <dl className="preview-list">
        {sections.map((section) => (
          <div key={section} className="preview-row">
            <dt>{t(`reports.sections.${section}`)}</dt>
            <dd>{lines[section]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
