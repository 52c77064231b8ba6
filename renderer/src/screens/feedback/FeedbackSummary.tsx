import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/format';
import { useWorkspaceStore } from '../../state/workspace-store';
import type { LinkChoice } from '../meetings/use-link-choices';
import type { ContributorChoice, FeedbackFormState } from './feedback-form-state';

type Props = { form: FeedbackFormState; choices: readonly LinkChoice[]; tags: readonly string[]; label: (choice: ContributorChoice) => string };

/** Everything the entry will say, read back before it is sent. */
export function FeedbackSummary({ form, choices, tags, label }: Props) {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const about = [...choices.filter((choice) => form.barrierIds.includes(choice.ref) || form.serviceIds.includes(choice.ref)).map((choice) => choice.label), ...tags];
  const from = form.contributor === 'group' ? form.groupName : form.contributor === 'member' ? (members.find((member) => member.id === form.memberId)?.name ?? '') : label(form.contributor);
  return (
    <dl className="facts feedback-summary">
      <dt>{t('feedback.summary.words')}</dt>
      <dd className="preserve-lines">{form.text}</dd>
      <dt>{t('feedback.summary.about')}</dt>
      <dd>{about.length === 0 ? t('feedback.summary.nothing') : about.join(', ')}</dd>
      <dt>{t('feedback.summary.who')}</dt>
      <dd>{from}</dd>
      <dt>{t('feedback.summary.quote')}</dt>
      <dd>{form.mayQuote === true ? t('feedback.quoteYes') : t('feedback.quoteNo')}</dd>
      <dt>{t('feedback.summary.date')}</dt>
      <dd>{formatDate(form.givenOn)}</dd>
    </dl>
  );
}
