import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePreview } from '../../../../electron/core/import/plan-import';
import type { ImportOptions } from '../../../../electron/core/import/read-import-table';
import { call } from '../../api/api-client';
import { fileToBase64 } from '../../api/file-transfer';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FilePreviewView } from './FilePreviewView';
import { TemplateDownloads } from './TemplateDownloads';
import { FilePicker, type FilePickerHandle } from '../../ui/FilePicker';

const maxBytes = 20 * 1024 * 1024;

type Chosen = { fileName: string; contentBase64: string; options: ImportOptions };

/** Choose files, see exactly what importing them would do, then import them, all or nothing. */
export function ImportPanel({ onImported }: { onImported: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<FilePickerHandle>(null);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [previews, setPreviews] = useState<FilePreview[]>([]);
  const [tooLarge, setTooLarge] = useState<string[]>([]);

  // The name of the reading under way, so that it can be stopped (a wrong or very large file).
  const reading = useRef<string | null>(null);

  const preview = useAction(async (files: Chosen[]) => {
    setChosen(files);
    // getRandomValues, unlike randomUUID, needs no secure context.
    const requestId = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    reading.current = requestId;
    try {
      const result = await call('previewImport', { files, requestId });
      setPreviews(result.files);
    } finally {
      reading.current = null;
    }
  });
  // Leaving the screen stops a reading nobody will see the end of.
  useEffect(
    () => () => {
      if (reading.current !== null) void call('cancelImport', { requestId: reading.current });
    },
    [],
  );
  const stopReading = () => {
    const requestId = reading.current;
    if (requestId !== null) void call('cancelImport', { requestId });
    setChosen([]);
    input.current?.clear();
  };
  const choose = useAction(async (list: FileList | null) => {
    const files = [...(list ?? [])];
    const large = files.filter((file) => file.size > maxBytes).map((file) => file.name);
    setTooLarge(large);
    setPreviews([]);
    if (large.length > 0 || files.length === 0) return;
    await preview.run(await Promise.all(files.map(async (file) => ({ fileName: file.name, contentBase64: await fileToBase64(file), options: {} }))));
  });
  const commit = useAction(async () => {
    const result = await call('commitImport', { files: chosen });
    setPreviews(result.files);
    if (!result.stored) return;
    onImported(t('import.done', { files: result.files.map((file) => file.fileName).join(', ') }));
    setChosen([]);
    setPreviews([]);
    input.current?.clear();
  });
  const cancel = () => {
    setChosen([]);
    setPreviews([]);
    input.current?.clear();
  };
  const errorCount = previews.reduce((sum, file) => sum + file.errors.length, 0);
  // Files that only repeat what is stored are nothing to import (the core refuses them too).
  const nothingToImport = errorCount === 0 && previews.length > 0 && previews.every((file) => file.changesNothing);
  const canImport = previews.length > 0 && errorCount === 0 && !nothingToImport;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <TemplateDownloads />
      <FilePicker
        ref={input}
        multiple
        label={t('import.chooseFiles')}
        hint={t('import.chooseHint')}
        accept=".csv,.txt,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChoose={(files) => void choose.run(files)}
      />
      {tooLarge.length > 0 && (
        <p className="message message-error" role="alert">
          {t('import.tooLarge', { files: tooLarge.join(', ') })}
        </p>
      )}
      <ErrorMessage error={choose.error ?? preview.error} />
      <p role="status" className="status-line">
        {preview.busy ? t('import.reading') : ''}
      </p>
      {preview.busy && (
        <div className="button-row">
          <button type="button" onClick={stopReading}>
            {t('import.stopReading')}
          </button>
        </div>
      )}
      {previews.map((file, index) => (
        <FilePreviewView
          key={file.fileName + String(index)}
          preview={file}
          options={chosen[index]?.options ?? {}}
          onOptions={(options) => void preview.run(chosen.map((entry, position) => (position === index ? { ...entry, options } : entry)))}
        />
      ))}
      {previews.length > 0 && (
        <div className="button-row">
          <button type="button" className="primary" disabled={!canImport || commit.busy} onClick={() => void commit.run()} aria-describedby={`${id}-blocked`}>
            {t('import.importButton', { count: previews.length })}
          </button>
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
          {!canImport && (
            <span id={`${id}-blocked`} className="hint">
              {nothingToImport ? t('import.nothingToImport', { count: previews.length }) : t('import.blocked', { count: errorCount })}
            </span>
          )}
        </div>
      )}
      <ErrorMessage error={commit.error} />
    </section>
  );
}
