import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackEntry } from '../../../../electron/core/feedback/feedback-types';
import { formatDate, formatQuarter } from '../../format/format';
import { FeedbackSteps } from './FeedbackSteps';
import { ResponseForm } from './ResponseForm';

/** One entry as "you said" and, beside it, "we did": the committee's answer or that it is still waiting. */
export function FeedbackCard({ entry, mayAnswer, onChanged }: { entry: FeedbackEntry; mayAnswer: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'answer'>('view');
  const followed = entry.links.filter((link) => link.kind === 'decision' || link.kind === 'action');
  const about = entry.links.filter((link) => link.kind !== 'decision' && link.kind !== 'action');
  if (mode === 'edit') {
    return (
      <li className="plain-item">
        <FeedbackSteps mode={entry.transcribed ? 'transcribe' : 'own'} entry={entry} onSaved={(message) => { setMode('view'); onChanged(message); }} onCancel={() => setMode('view')} />
      </li>
    );
  }
  return (
    <li className="card feedback-card">
      <div className="you-said">
        <h3>{t('feedback.youSaid')}</h3>
        <blockquote className="preserve-lines">{entry.text}</blockquote>
        <p className="hint">
          {entry.contributorName ?? t('feedback.anonymous')} · {formatDate(entry.givenOn)}
          {entry.transcribed && ` · ${t('feedback.transcribed')}`}
          {!entry.mayQuote && ` · ${t('feedback.notQuotable')}`}
        </p>
        {(about.length > 0 || entry.tags.length > 0) && (
          <p className="hint">{t('feedback.aboutList', { list: [...about.map((link) => (link.kind === 'quarter' ? formatQuarter(link.ref) : (link.label ?? link.ref))), ...entry.tags].join(', ') })}</p>
        )}
      </div>
      <div className="we-did">
        <h3>{t('feedback.weDid')}</h3>
        <p>
          <span className={`status feedback-${entry.status}`}>{t(`feedbackStatus.${entry.status}`)}</span>
          {entry.meeting !== null && <span className="hint"> · {t('feedback.discussedOn', { date: formatDate(entry.meeting.heldOn) })}</span>}
        </p>
        {entry.status === 'received' && <p>{t('feedback.waiting')}</p>}
        {entry.response !== '' && <p className="preserve-lines">{entry.response}</p>}
        {entry.status === 'not_taken_up' && <p>{t('feedback.reasonShown', { reason: entry.reason })}</p>}
        {followed.length > 0 && (
          <ul className="compact-list">
            {followed.map((link) => (
              <li key={`${link.kind}:${link.ref}`}>{link.kind === 'decision' ? t('decisions.numbered', { label: link.label ?? '' }) : t('feedback.actionLink', { title: link.label ?? '' })}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="button-row">
        {entry.canEdit && (
          <button type="button" onClick={() => setMode('edit')}>
            {t('feedback.editEntry')}
          </button>
        )}
        {mayAnswer && mode === 'view' && (
          <button type="button" onClick={() => setMode('answer')}>
            {entry.status === 'received' ? t('feedback.answer') : t('feedback.changeAnswer')}
          </button>
        )}
      </div>
      {mode === 'answer' && <ResponseForm entry={entry} onSaved={(message) => { setMode('view'); onChanged(message); }} onCancel={() => setMode('view')} />}
    </li>
  );
}
