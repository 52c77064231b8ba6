import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceStore } from '../../state/workspace-store';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { ContributorChoice, FeedbackFormState } from './feedback-form-state';

type Props = {
  form: FeedbackFormState;
  choices: readonly ContributorChoice[];
  label: (choice: ContributorChoice) => string;
  transcribing: boolean;
  update: (change: Partial<FeedbackFormState>) => void;
};

/** Who it is from, as the contributor decides: their name, a group's, or none at all. */
export function WhoStep({ form, choices, label, transcribing, update }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const members = useWorkspaceStore((state) => state.members);
  return (
    <>
      <fieldset>
        <legend>{t('feedback.whoLegend')}</legend>
        {choices.map((choice) => (
          <label key={choice} className="choice choice-block">
            <input type="radio" name={`${id}-who`} checked={form.contributor === choice} onChange={() => update({ contributor: choice })} />
            {label(choice)}
          </label>
        ))}
      </fieldset>
      {form.contributor === 'anonymous' && <p className="message message-info">{t('feedback.anonymousExplain')}</p>}
      {form.contributor === 'group' && <TextField label={t('feedback.groupName')} value={form.groupName} onChange={(groupName) => update({ groupName })} />}
      {form.contributor === 'member' && (
        <SelectField label={t('feedback.whichMember')} value={form.memberId} emptyLabel={t('decisions.chooseMember')} options={members.map((member) => ({ value: member.id, label: member.name }))} onChange={(memberId) => update({ memberId })} />
      )}
      {transcribing && <TextField label={t('feedback.givenOn')} type="date" value={form.givenOn} onChange={(givenOn) => update({ givenOn })} />}
    </>
  );
}
