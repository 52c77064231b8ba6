import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, MeetingDetails } from '../../../../electron/core/meetings/meeting-types';
import { decisionChangeKinds, decisionLinkKinds } from '../../../../electron/core/domain/meeting-terms';
import { call } from '../../api/api-client';
import { FormEnd } from '../../ui/FormEnd';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { useLinkChoices } from './use-link-choices';

type Props = {
  meeting: MeetingDetails;
  agendaItemId: string | null;
  /** The decision being edited; absent for a new one. */
  decision?: Decision;
  earlier: Decision[];
  onSaved: (message: string) => void;
  onCancel?: () => void;
  large?: boolean;
};

/** A count as typed: a whole number of people, or null when it is anything else. */
function count(value: string): number | null {
  const trimmed = value.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * Records a decision as the committee reached it: the wording, why, consensus or the vote's counts,
 * dissent in the member's own words, the representatives' position, and what it concerns or changes.
 */
export function DecisionForm({ meeting, agendaItemId, decision, earlier, onSaved, onCancel, large = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const choices = useLinkChoices(true);
  const [wording, setWording] = useState(decision?.wording ?? '');
  const [rationale, setRationale] = useState(decision?.rationale ?? '');
  const [method, setMethod] = useState<'consensus' | 'vote'>(decision?.method ?? 'consensus');
  const [votes, setVotes] = useState({ for: String(decision?.votes?.for ?? ''), against: String(decision?.votes?.against ?? ''), abstain: String(decision?.votes?.abstain ?? '') });
  const [dissent, setDissent] = useState(decision?.dissent.map((entry) => ({ memberId: entry.memberId, words: entry.words })) ?? []);
  const [userRepPosition, setUserRepPosition] = useState(decision?.userRepPosition ?? '');
  const [links, setLinks] = useState(decision?.links.filter((link) => link.kind !== 'quarter').map((link) => `${link.kind}:${link.ref}`) ?? []);
  const [quarter, setQuarter] = useState(decision?.links.find((link) => link.kind === 'quarter')?.ref ?? '');
  const [changes, setChanges] = useState(decision?.changes === null || decision?.changes === undefined ? '' : `${decision.changes.kind}:${decision.changes.decisionId}`);
  const present = meeting.attendees.filter((attendee) => attendee.presence === 'present' && attendee.memberId !== null);

  const [problem, setProblem] = useState('');
  const save = useAction(async () => {
    const counts = { for: count(votes.for), against: count(votes.against), abstain: count(votes.abstain) };
    const wrong = method === 'vote' ? (['for', 'against', 'abstain'] as const).find((part) => counts[part] === null) : undefined;
    setProblem(wrong === undefined ? '' : t('decisions.countInvalid', { field: t(`decisions.votes.${wrong}`) }));
    if (wrong !== undefined) return;
    const [changeKind, changeId] = changes.split(':');
    const kind = decisionChangeKinds.find((candidate) => candidate === changeKind);
    const input = {
      agendaItemId: decision === undefined ? agendaItemId : decision.agendaItemId,
      wording,
      rationale,
      method,
      votes: method === 'vote' ? { for: counts.for ?? 0, against: counts.against ?? 0, abstain: counts.abstain ?? 0 } : null,
      userRepPosition,
      dissent: dissent.filter((entry) => entry.memberId !== ''),
      links: [
        ...links.flatMap((key) => {
          const [kind, ref] = key.split(':');
          const known = decisionLinkKinds.find((candidate) => candidate === kind);
          return known !== undefined && ref !== undefined ? [{ kind: known, ref }] : [];
        }),
        ...(quarter.trim() === '' ? [] : [{ kind: 'quarter' as const, ref: quarter.trim().toUpperCase() }]),
      ],
      changes: kind !== undefined && changeId !== undefined ? { kind, decisionId: changeId } : null,
    };
    if (decision === undefined) await call('recordDecision', { meetingId: meeting.id, ...input });
    else await call('updateDecision', { id: decision.id, ...input });
    onSaved(t(decision === undefined ? 'decisions.recorded' : 'decisions.updated'));
    if (decision === undefined) {
      setWording('');
      setRationale('');
      setDissent([]);
      setUserRepPosition('');
      setLinks([]);
      setQuarter('');
      setChanges('');
    }
  });

  return (
    <form
      className={large ? 'card decision-form large-form' : 'card decision-form'}
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <h3 id={`${id}-title`}>{decision === undefined ? t('decisions.newTitle') : t('decisions.editTitle', { label: decision.label })}</h3>
      {decision !== undefined && meeting.minutesApprovedOn !== null && <p className="message message-info">{t('decisions.afterApproval')}</p>}
      <TextAreaField label={t('decisions.wording')} value={wording} onChange={setWording} rows={large ? 4 : 3} />
      <TextAreaField label={t('decisions.rationale')} value={rationale} onChange={setRationale} rows={2} />
      <fieldset className="choice-row">
        <legend>{t('decisions.howReached')}</legend>
        {(['consensus', 'vote'] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={`${id}-method`} value={option} checked={method === option} onChange={() => setMethod(option)} />
            {t(`decisions.methods.${option}`)}
          </label>
        ))}
      </fieldset>
      {method === 'vote' && (
        <fieldset className="form-grid vote-counts">
          <legend>{t('decisions.voteCounts', { present: meeting.presentCount })}</legend>
          {(['for', 'against', 'abstain'] as const).map((part) => (
            <TextField key={part} label={t(`decisions.votes.${part}`)} inputMode="numeric" className="number-input" value={votes[part]} onChange={(value) => setVotes({ ...votes, [part]: value })} />
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('decisions.dissent')}</legend>
        <p className="hint">{t('decisions.dissentHint')}</p>
        {dissent.map((entry, index) => (
          <div key={index} className="inline-form">
            <SelectField
              label={t('decisions.dissentMember')}
              value={entry.memberId}
              emptyLabel={t('decisions.chooseMember')}
              options={present.map((attendee) => ({ value: attendee.memberId ?? '', label: attendee.name }))}
              onChange={(memberId) => setDissent(dissent.map((item, at) => (at === index ? { ...item, memberId } : item)))}
            />
            <TextField label={t('decisions.dissentOwnWords')} value={entry.words} onChange={(words) => setDissent(dissent.map((item, at) => (at === index ? { ...item, words } : item)))} />
            <button type="button" className="link-button" onClick={() => setDissent(dissent.filter((_item, at) => at !== index))}>
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setDissent([...dissent, { memberId: '', words: '' }])}>
          {t('decisions.addDissent')}
        </button>
      </fieldset>
      <TextAreaField label={t('decisions.userRepPosition')} hint={t('decisions.userRepHint')} value={userRepPosition} onChange={setUserRepPosition} rows={2} />
      <details>
        <summary>{t('decisions.linksTitle')}</summary>
        <fieldset className="checkboxes">
          <legend>{t('decisions.concernsLegend')}</legend>
          {choices.map((choice) => {
            const key = `${choice.kind}:${choice.ref}`;
            return (
              <label key={key} className="choice">
                <input type="checkbox" checked={links.includes(key)} onChange={(event) => setLinks(event.target.checked ? [...links, key] : links.filter((link) => link !== key))} />
                {choice.label}
                <span className="hint"> ({t(`decisions.linkKinds.${choice.kind}`)})</span>
              </label>
            );
          })}
        </fieldset>
        <TextField label={t('decisions.quarter')} hint={t('decisions.quarterHint')} value={quarter} onChange={setQuarter} />
        <SelectField
          label={t('decisions.changes')}
          value={changes}
          emptyLabel={t('decisions.changesNothing')}
          options={earlier
            .filter((other) => other.id !== decision?.id)
            .flatMap((other) => [
              { value: `amends:${other.id}`, label: t('decisions.amends', { label: other.label }) },
              { value: `revokes:${other.id}`, label: t('decisions.revokes', { label: other.label }) },
            ])}
          onChange={setChanges}
        />
      </details>
      <FormEnd problem={problem} error={save.error} submitLabel={decision === undefined ? t('decisions.record') : t('common.save')} busy={save.busy} onCancel={onCancel} />
    </form>
  );
}
