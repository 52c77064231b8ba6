import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../electron/core/meetings/meeting-types';
import { SelectField } from '../../ui/SelectField';
import { DecisionText } from './DecisionText';

/** Every decision ever taken, newest first; amended and revoked ones stay, marked as such. */
export function DecisionsRegister({ decisions }: { decisions: Decision[] }) {
  const { t } = useTranslation();
  const years = [...new Set(decisions.map((decision) => decision.year))];
  const [year, setYear] = useState('');
  const shown = decisions.filter((decision) => year === '' || String(decision.year) === year);
  return (
    <>
      <SelectField inline label={t('decisions.year')} value={year} emptyLabel={t('common.all')} options={years.map((value) => ({ value: String(value), label: String(value) }))} onChange={setYear} />
      {shown.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <ul className="plain-list">
          {shown.map((decision) => (
            <li key={decision.id} className="card">
              <DecisionText decision={decision} showMeeting />
              <a href={`#/meetings/${decision.meetingId}`}>{t('decisions.openMeeting')}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
