import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackStatuses } from '../../../../electron/core/domain/feedback-terms';
import { call } from '../../api/api-client';
import { useCurrentMember } from '../../state/use-current-member';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
import { useSectionData } from '../../ui/use-section-data';
import { FeedbackCard } from './FeedbackCard';

/** Every entry with the committee's answer; the coordinator sees at once which still wait. */
export function YouSaidWeDid() {
  const { t } = useTranslation();
  const me = useCurrentMember();
  const [filter, setFilter] = useState('');
  const [quotable, setQuotable] = useState(false);
  const load = useCallback(async () => {
    const status = feedbackStatuses.find((candidate) => candidate === filter) ?? null;
    return call('listFeedback', { status, quotableOnly: quotable });
  }, [filter, quotable]);
  const { loaded, error, notice, announce } = useSectionData(load);
  const mayAnswer = me !== null && me.role !== 'observer';
  return (
    <>
      <p role="status" className="message message-success status-line">
        {notice}
      </p>
      <ErrorMessage error={error} />
      {loaded !== null && (
        <>
          <p>{t('feedback.counts', { received: loaded.counts.received, discussed: loaded.counts.discussed, acted: loaded.counts.acted_on, declined: loaded.counts.not_taken_up })}</p>
          <div className="filters">
            <SelectField
              label={t('feedback.show')}
              value={filter}
              emptyLabel={t('common.all')}
              options={feedbackStatuses.map((value) => ({ value, label: `${t(`feedbackStatus.${value}`)} (${String(loaded.counts[value])})` }))}
              onChange={setFilter}
            />
            <label className="choice">
              <input type="checkbox" checked={quotable} onChange={(event) => setQuotable(event.target.checked)} />
              {t('feedback.quotableOnly')}
            </label>
          </div>
          {loaded.entries.length === 0 ? (
            <p>{t('feedback.none')}</p>
          ) : (
            <ul className="plain-list">
              {loaded.entries.map((entry) => (
                <FeedbackCard key={`${entry.id}-${entry.updatedAt}`} entry={entry} mayAnswer={mayAnswer} onChanged={announce} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
