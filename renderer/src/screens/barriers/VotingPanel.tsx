import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import type { VoteRound } from '../../../../electron/core/barriers/vote-rounds';
import type { Member } from '../../../../electron/core/committee/committee-types';
import { call } from '../../api/api-client';
import { useCurrentMember } from '../../state/use-current-member';
import { formatDate, todayIso } from '../../format/format';
import { isActiveMember } from '../../app/is-active-member';
import { barrierName, useCatalogueStore } from '../../state/catalogue-store';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { VoteRoundView } from './VoteRoundView';
import { DateInput } from '../../ui/DateInput';

type RoundSummary = { id: string; title: string; heldOn: string; status: 'open' | 'closed' };

/** Dot-vote rounds: open a round over barriers or ideas, vote, close, and keep the ranked result. */
export function VotingPanel({ register, members }: { register: RegisterEntry[]; members: Member[] }) {
  const observer = useCurrentMember()?.role === 'observer';
  const { t } = useTranslation();
  const id = useId();
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const [rounds, setRounds] = useState<RoundSummary[]>([]);
  const [round, setRound] = useState<VoteRound | null>(null);
  const [creating, setCreating] = useState(false);
  const present = members.filter(isActiveMember);
  const [form, setForm] = useState({ title: t('voting.defaultTitle'), heldOn: todayIso(), dotsPerMember: 3, hiddenUntilClosed: false, showUserGroup: false, participantIds: present.map((member) => member.id), barrierIds: [] as string[], ideas: '' });

  const reload = async () => setRounds(await call('listVoteRounds', {}));
  useEffect(() => {
    void call('listVoteRounds', {}).then(setRounds);
  }, []);
  const show = useAction(async (roundId: string) => setRound(await call('getVoteRound', { roundId })));
  const open = useAction(async () => {
    const opened = await call('openVoteRound', { ...form, ideas: form.ideas.split('\n').map((line) => line.trim()).filter((line) => line !== '') });
    setRound(opened);
    setCreating(false);
    await reload();
  });

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((other) => other !== value));

  return (
    <div>
      {rounds.length === 0 ? (
        <p>{t('voting.none')}</p>
      ) : (
        <ul className="compact-list">
          {rounds.map((summary) => (
            <li key={summary.id}>
              <button type="button" className="link-button" onClick={() => void show.run(summary.id)}>
                {summary.title} · {formatDate(summary.heldOn)} · {summary.status === 'open' ? t('voting.open') : t('voting.closed')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={show.error} />
      {!creating && !observer && (
        <button type="button" onClick={() => setCreating(true)}>
          {t('voting.newRound')}
        </button>
      )}
      {creating && (
        <form className="card" onSubmit={(event) => { event.preventDefault(); void open.run(); }} onKeyDown={(event) => { if (event.key === 'Escape') setCreating(false); }}>
          <h3>{t('voting.newRound')}</h3>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-title`}>{t('voting.title')}</label>
              <input id={`${id}-title`} required maxLength={200} value={form.title} onChange={(event) => setForm({ ...form, title: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('voting.date')}</label>
              <DateInput id={`${id}-date`} required value={form.heldOn} onChange={(heldOn) => setForm({ ...form, heldOn })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-dots`}>{t('voting.dotsPerMember')}</label>
              <input id={`${id}-dots`} type="number" min={1} max={20} required value={form.dotsPerMember} onChange={(event) => setForm({ ...form, dotsPerMember: Number(event.target.value) })} />
            </div>
          </div>
          <label className="choice">
            <input type="checkbox" checked={form.hiddenUntilClosed} onChange={(event) => setForm({ ...form, hiddenUntilClosed: event.target.checked })} />
            {t('voting.hidden')}
          </label>
          <label className="choice">
            <input type="checkbox" checked={form.showUserGroup} onChange={(event) => setForm({ ...form, showUserGroup: event.target.checked })} />
            {t('voting.showUserGroup')}
          </label>
          <fieldset className="checkboxes">
            <legend>{t('voting.whoIsPresent')}</legend>
            {present.map((member) => (
              <label key={member.id} className="choice">
                <input type="checkbox" checked={form.participantIds.includes(member.id)} onChange={(event) => setForm({ ...form, participantIds: toggle(form.participantIds, member.id, event.target.checked) })} />
                {member.name}
              </label>
            ))}
          </fieldset>
          <fieldset className="checkboxes">
            <legend>{t('voting.whichBarriers')}</legend>
            {register.map((entry) => (
              <label key={entry.id} className="choice">
                <input type="checkbox" checked={form.barrierIds.includes(entry.id)} onChange={(event) => setForm({ ...form, barrierIds: toggle(form.barrierIds, entry.id, event.target.checked) })} />
                {barrierName(catalogue, entry)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-ideas`}>{t('voting.ideas')}</label>
            <textarea id={`${id}-ideas`} rows={3} value={form.ideas} aria-describedby={`${id}-ideas-hint`} onChange={(event) => setForm({ ...form, ideas: event.target.value })} />
            <span id={`${id}-ideas-hint`} className="hint">
              {t('voting.ideasHint')}
            </span>
          </div>
          <div className="button-row">
            <button type="submit" className="primary" disabled={open.busy}>
              {t('voting.openButton')}
            </button>
            <button type="button" onClick={() => setCreating(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <ErrorMessage error={open.error} />
        </form>
      )}
      {round !== null && (
        <VoteRoundView
          key={round.id}
          round={round}
          register={register}
          onChange={(next) => {
            setRound(next);
            void reload();
          }}
        />
      )}
    </div>
  );
}
