import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportSections } from '../../../electron/core/domain/report-sections';
import { periodDates } from '../../../electron/core/domain/period-dates';
import { call } from '../api/api-client';
import { formatDate, formatDateTime } from '../format/format';
import { useWorkspaceStore } from '../state/workspace-store';
import { useSectionData } from '../ui/use-section-data';
import { ReportEditor, type ReportDraft } from './reports/ReportEditor';
import { SectionFrame } from '../ui/SectionFrame';
import { TableBox } from '../ui/TableBox';

function lastHalfYear(today: Date): { from: string; to: string } {
  const year = today.getFullYear();
  // The half-year that ended most recently: the report is written after the period closes.
  return periodDates(today.getMonth() >= 6 ? { kind: 'half', year, half: 1 } : { kind: 'half', year: year - 1, half: 2 });
}

/** The twice-yearly report: past reports with what they contained, and a new one in a few choices. */
export function Reports() {
  const { t } = useTranslation();
  const committee = useWorkspaceStore((state) => state.workspace?.committee ?? null);
  const [editing, setEditing] = useState<ReportDraft | null>(null);
  const load = useCallback(() => call('listReports', {}), []);
  const { loaded, error, notice, announce } = useSectionData(load);
  const fresh = (): ReportDraft => ({
    id: null,
    title: '',
    ...(({ from, to }) => ({ periodFrom: from, periodTo: to }))(lastHalfYear(new Date())),
    language: committee?.language ?? 'en',
    sections: [...reportSections],
    foreword: '',
    comments: {},
    showUserRepNames: true,
  });
  return (
    <SectionFrame title={t('nav.reports')} notice={notice} error={error}>
      {editing === null ? (
        <button type="button" className="primary" onClick={() => setEditing(fresh())}>
          {t('reports.new')}
        </button>
      ) : (
        <ReportEditor
          key={editing.id ?? 'new'}
          initial={editing}
          onSaved={(record, message) => {
            setEditing({ ...record });
            announce(message);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <h2>{t('reports.pastTitle')}</h2>
      {loaded !== null && loaded.length === 0 && <p>{t('reports.none')}</p>}
      {loaded !== null && loaded.length > 0 && (
        <TableBox label={t('reports.pastTitle')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reports.titleLabel')}</th>
                <th scope="col">{t('reports.period')}</th>
                <th scope="col">{t('reports.language')}</th>
                <th scope="col">{t('reports.contained')}</th>
                <th scope="col">{t('reports.lastExported')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.map((record) => (
                <tr key={record.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => setEditing({ ...record })}>
                      {record.displayTitle}
                    </button>
                  </th>
                  <td>
                    {formatDate(record.periodFrom)} – {formatDate(record.periodTo)}
                  </td>
                  <td>{t(`languages.${record.language}`)}</td>
                  <td>{record.sections.map((section) => t(`reports.sections.${section}`)).join(', ')}</td>
                  <td>{record.lastExportedAt === null ? t('reports.never') : `${formatDateTime(record.lastExportedAt)} (${record.lastFileName ?? ''})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </SectionFrame>
  );
}
