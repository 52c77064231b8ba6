import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../electron/core/domain/languages';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

export type CommitteeValues = { name: string; region: string; language: Language; fidelityReviewMonths?: number };

/** The committee's name, region and language: asked on first run and changed in Settings. */
export function CommitteeFields({ value, onChange }: { value: CommitteeValues; onChange: (next: CommitteeValues) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('committee.name')} required maxLength={200} autoComplete="organization" value={value.name} onChange={(name) => onChange({ ...value, name })} />
      <TextField label={t('committee.region')} required maxLength={200} value={value.region} onChange={(region) => onChange({ ...value, region })} />
      <SelectField
        label={t('committee.language')}
        hint={t('committee.languageHint')}
        value={value.language}
        onChange={(chosen) => onChange({ ...value, language: languages.find((option) => option === chosen) ?? 'en' })}
        options={languages.map((option) => ({ value: option, label: t(`languages.${option}`), lang: option }))}
      />
      {value.fidelityReviewMonths !== undefined && (
        <TextField
          label={t('committee.fidelityReviewMonths')}
          hint={t('committee.fidelityReviewMonthsHint')}
          type="number"
          min={1}
          max={60}
          required
          value={String(value.fidelityReviewMonths)}
          onChange={(months) => onChange({ ...value, fidelityReviewMonths: Number(months) })}
        />
      )}
    </>
  );
}
