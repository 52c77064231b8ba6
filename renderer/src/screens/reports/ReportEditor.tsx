import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../electron/core/domain/languages';
import { parsePeriod } from '../../../../electron/core/domain/period';
import { periodDates } from '../../../../electron/core/domain/period-dates';
import { reportSections, type ReportSection } from '../../../../electron/core/domain/report-sections';
import type { ReportData } from '../../../../electron/core/report/report-data';
import type { ReportRecord } from '../../../../electron/core/report/report-records';
import { call } from '../../api/api-client';
import { downloadBase64 } from '../../api/file-transfer';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { ReportPreview } from './ReportPreview';

export type ReportDraft = Omit<ReportRecord, 'id' | 'displayTitle' | 'lastExportedAt' | 'lastFileName' | 'createdAt' | 'updatedAt'> & { id: string | null; displayTitle?: string };

function halfYear(value: string): { from: string; to: string } | null {
  const period = parsePeriod(value);
  return period?.kind === 'half' ? periodDates(period) : null;
}

/** "2026-H1" when the dates are exactly a half-year, else "custom". */
function periodChoice(from: string, to: string): string {
  const year = Number(from.slice(0, 4));
  const half = ([1, 2] as const).find((candidate) => {
    const dates = periodDates({ kind: 'half', year, half: candidate });
    return dates.from === from && dates.to === to;
  });
  return half === undefined ? 'custom' : `${String(year)}-H${String(half)}`;
}

/** Choosing what the report covers and adding the committee's own words, with a preview of each section. */
export function ReportEditor({ initial, onSaved, onClose }: { initial: ReportDraft; onSaved: (record: ReportRecord, message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ReportDraft>(initial);
  const [choice, setChoice] = useState(periodChoice(initial.periodFrom, initial.periodTo));
  const [preview, setPreview] = useState<ReportData | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const thisYear = new Date().getFullYear();
  const halves = [thisYear, thisYear - 1, thisYear - 2].flatMap((year) => [`${String(year)}-H2`, `${String(year)}-H1`]);

  const reversed = draft.periodTo < draft.periodFrom;
  useEffect(() => {
    setPreviewError(null);
    setPreview(null);
    if (draft.periodTo < draft.periodFrom || draft.periodFrom === '' || draft.periodTo === '') return;
    // Only the answer for the dates now chosen is shown, whatever order the answers arrive in.
    let current = true;
    call('previewReport', { periodFrom: draft.periodFrom, periodTo: draft.periodTo }).then(
      (data) => current && setPreview(data),
      (error: unknown) => current && setPreviewError(error),
    );
    return () => {
      current = false;
    };
  }, [draft.periodFrom, draft.periodTo]);

  const save = async (): Promise<ReportRecord> => {
    // The contract's schema keeps only the report's fields; the shown title is made by the core.
    const record = await call('saveReport', draft);
    setDraft({ ...draft, id: record.id, displayTitle: record.displayTitle });
    return record;
  };
  const saveOnly = useAction(async () => {
    onSaved(await save(), t('reports.saved'));
  });
  const exportNow = useAction(async () => {
    const record = await save();
    const file = await call('exportReport', { id: record.id });
    downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    onSaved(file.record, t('reports.exported', { file: file.fileName }));
  });
  const exportEasyRead = useAction(async () => {
    const record = await save();
    const file = await call('exportEasyRead', { id: record.id });
    downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    onSaved(record, t('reports.exported', { file: file.fileName }));
  });
  const busy = exportNow.busy || saveOnly.busy || exportEasyRead.busy;
  const setSection = (section: ReportSection, on: boolean) => setDraft({ ...draft, sections: reportSections.filter((item) => (item === section ? on : draft.sections.includes(item))) });

  return (
    <>
      <form
        className="card"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow.run();
        }}
      >
        <h2 id={`${id}-title`}>{draft.id === null ? t('reports.newTitle') : t('reports.editTitle', { title: draft.displayTitle ?? draft.title })}</h2>
        <div className="form-grid">
          <SelectField
            label={t('reports.period')}
            value={choice}
            options={[...halves.map((value) => ({ value, label: t(value.endsWith('H1') ? 'reports.firstHalf' : 'reports.secondHalf', { year: value.slice(0, 4) }) })), { value: 'custom', label: t('reports.customRange') }]}
            onChange={(value) => {
              setChoice(value);
              const dates = halfYear(value);
              if (dates !== null) setDraft({ ...draft, periodFrom: dates.from, periodTo: dates.to });
            }}
          />
          {choice === 'custom' && (
            <>
              <TextField label={t('reports.from')} type="date" value={draft.periodFrom} onChange={(periodFrom) => setDraft({ ...draft, periodFrom })} />
              <TextField label={t('reports.to')} type="date" value={draft.periodTo} onChange={(periodTo) => setDraft({ ...draft, periodTo })} />
            </>
          )}
          <SelectField label={t('reports.language')} value={draft.language} options={languages.map((value) => ({ value, label: t(`languages.${value}`), lang: value }))} onChange={(value) => setDraft({ ...draft, language: languages.find((candidate) => candidate === value) ?? 'en' })} />
          <TextField label={t('reports.titleLabel')} hint={t('reports.titleHint')} value={draft.title} onChange={(title) => setDraft({ ...draft, title })} />
        </div>
        <label className="choice">
          <input type="checkbox" checked={draft.showUserRepNames} onChange={(event) => setDraft({ ...draft, showUserRepNames: event.target.checked })} />
          {t('reports.showUserRepNames')}
        </label>
        <TextAreaField label={t('reports.foreword')} hint={t('reports.forewordHint')} value={draft.foreword} onChange={(foreword) => setDraft({ ...draft, foreword })} rows={4} />
        <fieldset>
          <legend>{t('reports.sectionsLegend')}</legend>
          {reportSections.map((section) => (
            <div key={section} className="report-section-choice">
              <label className="choice">
                <input type="checkbox" checked={draft.sections.includes(section)} onChange={(event) => setSection(section, event.target.checked)} />
                {t(`reports.sections.${section}`)}
              </label>
              {draft.sections.includes(section) && (
                <details open={(draft.comments[section] ?? '') !== ''}>
                  <summary>{t('reports.commentOn', { section: t(`reports.sections.${section}`) })}</summary>
                  <TextAreaField label={t('reports.commentLabel', { section: t(`reports.sections.${section}`) })} value={draft.comments[section] ?? ''} onChange={(text) => setDraft({ ...draft, comments: { ...draft.comments, [section]: text } })} rows={3} />
                </details>
              )}
            </div>
          ))}
        </fieldset>
        <ErrorMessage error={saveOnly.error ?? exportNow.error ?? exportEasyRead.error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || reversed}>
            {exportNow.busy ? t('reports.exporting') : t('reports.export')}
          </button>
          <button type="button" onClick={() => void exportEasyRead.run()} disabled={busy || reversed} aria-describedby={`${id}-easy-read`}>
            {exportEasyRead.busy ? t('reports.exporting') : t('reports.exportEasyRead')}
          </button>
          <button type="button" onClick={() => void saveOnly.run()} disabled={busy}>
            {t('reports.saveOnly')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        <p className="hint" id={`${id}-easy-read`}>
          {t('reports.easyReadHint')}
        </p>
      </form>
      {reversed && (
        <p className="message message-error" role="alert">
          {t('errors.report_period_reversed')}
        </p>
      )}
      <ErrorMessage error={previewError} />
      {preview !== null && <ReportPreview data={preview} sections={draft.sections} />}
    </>
  );
}
