import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import type { LinkChoice } from '../meetings/use-link-choices';
import type { FeedbackFormState } from './feedback-form-state';
import { RecordText } from '../../ui/RecordText';

type Props = { form: FeedbackFormState; choices: readonly LinkChoice[]; update: (change: Partial<FeedbackFormState>) => void };

/** The optional step: a few words that sum it up, and the team or known problem it is about. */
export function AboutStep({ form, choices, update }: Props) {
  const { t } = useTranslation();
  const list = (kind: 'service' | 'barrier', chosen: string[], set: (refs: string[]) => void, legend: string) => (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {choices
        .filter((choice) => choice.kind === kind)
        .map((choice) => (
          <label key={choice.ref} className="choice">
            <input type="checkbox" checked={chosen.includes(choice.ref)} onChange={(event) => set(event.target.checked ? [...chosen, choice.ref] : chosen.filter((ref) => ref !== choice.ref))} />
            <RecordText text={choice.label} />
          </label>
        ))}
    </fieldset>
  );
  return (
    <>
      <p>{t('feedback.aboutHint')}</p>
      <TextField label={t('feedback.tags')} hint={t('feedback.tagsHint')} value={form.tags} onChange={(tags) => update({ tags })} />
      {list('service', form.serviceIds, (serviceIds) => update({ serviceIds }), t('feedback.aboutServices'))}
      {list('barrier', form.barrierIds, (barrierIds) => update({ barrierIds }), t('feedback.aboutBarriers'))}
    </>
  );
}
