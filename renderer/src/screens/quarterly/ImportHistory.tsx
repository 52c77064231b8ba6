import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../electron/core/import/list-imports';
import { call } from '../../api/api-client';
import { formatDateTime, formatNumber } from '../../format/format';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TableBox } from '../../ui/TableBox';

/** Every import with its file, checksum, who and when; the latest one can be undone after a confirmation. */
export function ImportHistory({ imports, onUndone }: { imports: ImportRecord[]; onUndone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const undo = useAction(async () => {
    const result = await call('undoLastImport', {});
    setConfirming(false);
    onUndone(t(result.fileNames.length > 1 ? 'history.undoneTogether' : 'history.undone', { file: result.fileNames.join(', ') }));
  });
  // The last import in effect: every file imported with it goes back with it.
  const undoable = imports.filter((record) => record.canUndo);
  const undoableFiles = [...undoable].reverse().map((record) => record.fileName).join(', ');
  const undoableCounts = { added: undoable.reduce((sum, record) => sum + record.added, 0), replaced: undoable.reduce((sum, record) => sum + record.replaced, 0) };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('history.title')}</h2>
      {imports.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <TableBox label={t('history.title')}>
          <table>
            <caption className="visually-hidden">{t('history.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.file')}</th>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.what')}</th>
                <th scope="col">{t('history.checksum')}</th>
                <th scope="col">{t('history.status')}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((record) => (
                <tr key={record.id}>
                  <th scope="row">{record.fileName}</th>
                  <td>{formatDateTime(record.importedAt)}</td>
                  <td>{record.importedBy ?? t('common.unknownMember')}</td>
                  <td>
                    {t(`import.kind.${record.kind}`)} · {t('history.counts', { count: record.rowCount, rows: formatNumber(record.rowCount), added: formatNumber(record.added), replaced: formatNumber(record.replaced) })}
                  </td>
                  <td>
                    <code title={record.sha256}>{record.sha256.slice(0, 12)}</code>
                  </td>
                  <td>{record.undoneAt === null ? t('history.inEffect') : t('history.undoneAt', { at: formatDateTime(record.undoneAt), by: record.undoneBy ?? t('common.unknownMember') })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      {undoable.length > 0 && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('history.undoLast', { file: undoableFiles })}
        </button>
      )}
      {undoable.length > 0 && confirming && (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t(undoable.length > 1 ? 'history.confirmUndoTogether' : 'history.confirmUndo', { file: undoableFiles, ...undoableCounts })}</p>
          <div className="button-row">
            <button type="button" className="primary" disabled={undo.busy} onClick={() => void undo.run()} autoFocus>
              {t('history.confirmUndoButton')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('history.keep')}
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={undo.error} />
    </section>
  );
}
