import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableBox } from '../../ui/TableBox';
import type { FilePreview } from '../../../../electron/core/import/plan-import';
import type { ColumnMapping, ImportOptions } from '../../../../electron/core/import/read-import-table';
import { columnKeys } from '../../../../electron/core/domain/column-keys';
import { isMeasure, type Measure } from '../../../../electron/core/domain/measures';
import { textEncodings } from '../../../../electron/core/domain/text-encodings';
import { formatNumber, formatQuarter } from '../../format/format';
import { describeIssue } from './describe-issue';

type Props = { preview: FilePreview; options: ImportOptions; onOptions: (options: ImportOptions) => void };

function periodLabel(period: string): string {
  return /Q[1-4]$/.test(period) ? formatQuarter(period, 'short') : period;
}

function MappingEditor({ preview, onApply }: { preview: FilePreview; onApply: (mapping: ColumnMapping) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(() =>
    Object.fromEntries(preview.columns.map((column) => [String(column.index), column.key ?? 'ignore'])),
  );
  return (
    <fieldset className="mapping">
      <legend>{t('import.mappingTitle')}</legend>
      <p className="hint">{t('import.mappingExplain', { row: preview.headerRow ?? '' })}</p>
      <div className="form-grid">
        {preview.columns.map((column) => (
          <div className="field" key={column.index}>
            <label htmlFor={`${id}-${String(column.index)}`}>{column.header === '' ? t('import.unnamedColumn', { index: column.index + 1 }) : column.header}</label>
            <select
              id={`${id}-${String(column.index)}`}
              value={mapping[String(column.index)] ?? 'ignore'}
              onChange={(event) => {
                const chosen = [...columnKeys, 'ignore' as const].find((key) => key === event.target.value) ?? 'ignore';
                setMapping({ ...mapping, [String(column.index)]: chosen });
              }}
            >
              <option value="ignore">{t('import.ignoreColumn')}</option>
              {columnKeys.map((key) => (
                <option key={key} value={key}>
                  {isMeasure(key) ? t(`measures.${key}.label`) : t(`columns.${key}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="button" onClick={() => onApply(mapping)}>
        {t('import.applyMapping')}
      </button>
    </fieldset>
  );
}

/** What importing one file would do, before anything is stored. */
export function FilePreviewView({ preview, options, onOptions }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // The measures the file has columns for, in the file's order: what a coordinator checks row by row.
  const shownFields = preview.columns.map((column) => column.key).filter((key): key is Measure => key !== null && isMeasure(key));
  const kindLabel = t(`import.kind.${preview.kind}`);
  return (
    <section className="card preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{preview.fileName}</h3>
      <dl className="facts">
        <dt>{t('import.fileKind')}</dt>
        <dd>{kindLabel}</dd>
        {preview.headerRow !== null && (
          <>
            <dt>{t('import.headerRow')}</dt>
            <dd>{formatNumber(preview.headerRow)}</dd>
          </>
        )}
        <dt>{t('import.rowsRead')}</dt>
        <dd>{formatNumber(preview.rowsRead)}</dd>
      </dl>
      {preview.encoding !== null && (
        <div className="field inline-field">
          <label htmlFor={`${id}-encoding`}>{t('import.encoding')}</label>
          <select
            id={`${id}-encoding`}
            value={preview.encoding.used ?? ''}
            aria-describedby={`${id}-encoding-hint`}
            onChange={(event) => onOptions({ ...options, encoding: textEncodings.find((encoding) => encoding === event.target.value) ?? 'utf-8' })}
          >
            {preview.encoding.used === null && (
              <option value="" disabled>
                {t('import.encodingChoose')}
              </option>
            )}
            {textEncodings.map((encoding) => (
              <option key={encoding} value={encoding}>
                {t(`import.encodings.${encoding}`)}
              </option>
            ))}
          </select>
          <span id={`${id}-encoding-hint`} className="hint">
            {preview.encoding.detected === null ? t('import.encodingNotDetected') : t('import.encodingDetected', { encoding: t(`import.encodings.${preview.encoding.detected}`) })}
          </span>
        </div>
      )}
      {preview.sheetNames !== null && preview.sheetNames.length > 1 && (
        <div className="field inline-field">
          <label htmlFor={`${id}-sheet`}>{t('import.sheet')}</label>
          <select id={`${id}-sheet`} value={preview.sheet ?? ''} onChange={(event) => onOptions({ ...options, sheet: event.target.value, mapping: undefined, headerRow: undefined })}>
            {preview.sheetNames.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      )}
      {preview.errors.length > 0 && (
        <div className="message message-error" role="alert">
          <p>
            <strong>{t('import.errorsTitle', { count: preview.errors.length })}</strong>
          </p>
          <ul className="issues">
            {preview.errors.slice(0, 500).map((issue, index) => (
              <li key={String(index)}>{describeIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.kind === 'unknown' && preview.columns.length > 0 && (
        <MappingEditor key={preview.layoutKey} preview={preview} onApply={(mapping) => onOptions({ ...options, mapping, headerRow: preview.headerRow ?? undefined })} />
      )}
      {preview.warnings.length > 0 && (
        <div className="message message-warning">
          <p>
            <strong>{t('import.warningsTitle', { count: preview.warnings.length })}</strong>
          </p>
          <ul className="issues">
            {preview.warnings.slice(0, 200).map((issue, index) => (
              <li key={String(index)}>{describeIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.kind !== 'unknown' && preview.errors.length === 0 && preview.changesNothing && (
        <p className="message message-info" role="status">
          {t('import.changesNothing')}
        </p>
      )}
      {preview.kind !== 'unknown' && (
        <>
          <ul className="counts">
            <li>{t('import.willAdd', { count: preview.added, formatted: formatNumber(preview.added) })}</li>
            <li>{t('import.willReplace', { count: preview.replaced, formatted: formatNumber(preview.replaced) })}</li>
            <li>{t('import.unchanged', { count: preview.unchanged, formatted: formatNumber(preview.unchanged) })}</li>
          </ul>
          {preview.servicesToCreate.length > 0 && <p>{t('import.newServices', { names: preview.servicesToCreate.join(', ') })}</p>}
          {preview.replacedItems.length > 0 && (
            <TableBox label={t('import.replacedTitle')}>
              <table>
                <caption>{t('import.replacedTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('service.name')}</th>
                    <th scope="col">{t('import.period')}</th>
                    <th scope="col">{t('dashboard.measure')}</th>
                    <th scope="col">{t('import.oldValue')}</th>
                    <th scope="col">{t('import.newValue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.replacedItems.flatMap((item) =>
                    item.changes.map((change) => (
                      <tr key={`${item.service}|${item.period}|${change.measure}`}>
                        <th scope="row">{item.service}</th>
                        <td>{periodLabel(item.period)}</td>
                        <td>{t(`measures.${change.measure}.label`)}</td>
                        <td>{change.old === null ? t('common.notReported') : formatNumber(change.old, 2)}</td>
                        <td>{change.new === null ? t('common.notReported') : formatNumber(change.new, 2)}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </TableBox>
          )}
          {preview.addedItems.length > 0 && (
            <TableBox label={t('import.addedTitle')}>
              <table>
                <caption>
                  {t('import.addedTitle')}
                  {preview.addedItems.length < preview.added ? ` ${t('import.listedOf', { listed: formatNumber(preview.addedItems.length), count: formatNumber(preview.added) })}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('service.name')}</th>
                    <th scope="col">{t('import.period')}</th>
                    {shownFields.map((field) => (
                      <th scope="col" key={field}>
                        {t(`measures.${field}.label`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.addedItems.map((item) => (
                    <tr key={`${item.service}|${item.period}`}>
                      <th scope="row">{item.service === '' ? t('import.wholeCommittee') : item.service}</th>
                      <td>{periodLabel(item.period)}</td>
                      {shownFields.map((field) => {
                        const value = item.values[field] ?? null;
                        return <td key={field}>{value === null ? t('common.notReported') : formatNumber(value, 2)}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </>
      )}
    </section>
  );
}
