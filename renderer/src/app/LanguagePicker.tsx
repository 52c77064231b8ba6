import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../electron/core/domain/languages';
import { changeLanguage, currentLanguage } from '../i18n/i18n';

export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{t('header.language')}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          const next = languages.find((language) => language === event.target.value);
          if (next !== undefined) void changeLanguage(next);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
