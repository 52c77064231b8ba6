import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageLicence } from '../../../../electron/core/about/about-view';
import { call } from '../../api/api-client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import './about.css';

/**
 * A package's licence as package.json names it, opening to its licence file. The text is asked for when
 * the row is first opened: the list comes without the texts, which would make it a hundred times longer.
 */
export function LicenceText({ entry }: { entry: PackageLicence }) {
  const { t } = useTranslation();
  const asked = useRef(false);
  const [text, setText] = useState<{ value: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const named = entry.licence ?? t('about.noLicenceNamed');

  const onToggle = (open: boolean) => {
    if (!open || asked.current) return;
    asked.current = true;
    call('getLicenceText', { name: entry.name, version: entry.version }).then((value) => setText({ value }), setError);
  };

  return (
    <details className="licence" onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>
        {named}
        <span className="visually-hidden">, {t('about.textOf', { name: entry.name, version: entry.version })}</span>
      </summary>
      <ErrorMessage error={error} />
      {text === null && error === null && <p className="hint">{t('about.loadingText')}</p>}
      {text !== null && (text.value === null ? <p className="hint">{entry.licence === null ? t('about.noTextAtAll') : t('about.noText', { licence: entry.licence })}</p> : <pre className="licence-text">{text.value}</pre>)}
    </details>
  );
}
