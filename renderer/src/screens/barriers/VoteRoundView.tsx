import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import type { VoteItem, VoteRound } from '../../../../electron/core/barriers/vote-rounds';
import { call } from '../../api/api-client';
import { formatDate } from '../../format/format';
import { barrierName, useCatalogueStore } from '../../state/catalogue-store';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
import { useCurrentMember } from '../../state/use-current-member';
import { TableBox } from '../../ui/TableBox';

type Props = { round: VoteRound; register: RegisterEntry[]; onChange: (round: VoteRound) => void };

/** One round: members take turns to place their dots, items can be grouped, and closing shows the ranking. */
export function VoteRoundView({ round, register, onChange }: Props) {
  // Roles shape what is offered, not what may be read: an observer follows the vote without casting or closing it.
  const observer = useCurrentMember()?.role === 'observer';
  const { t } = useTranslation();
  const id = useId();
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const [voter, setVoter] = useState('');
  const [dots, setDots] = useState<Record<string, number>>({});
  const [idea, setIdea] = useState('');
  const [heading, setHeading] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const byId = new Map(register.map((entry) => [entry.id, entry]));
  const label = (item: VoteItem) => (item.barrierId === null ? (item.idea ?? '') : barrierName(catalogue, byId.get(item.barrierId) ?? { catalogueId: null, name: '' }));
  const topLevel = round.items.filter((item) => item.clusterId === null);
  const used = Object.values(dots).reduce((sum, count) => sum + count, 0);
  const voterName = round.participants.find((participant) => participant.memberId === voter)?.name ?? '';

  const cast = useAction(async () => {
    const next = await call('castVotes', { roundId: round.id, memberId: voter, dots });
    onChange(next);
    setNotice(t('voting.cast', { name: voterName }));
    setVoter('');
    setDots({});
  });
  const addIdea = useAction(async () => {
    onChange(await call('addVoteIdea', { roundId: round.id, idea }));
    setIdea('');
  });
  const cluster = useAction(async () => {
    onChange(await call('clusterVoteItems', { roundId: round.id, heading, itemIds: selected }));
    setHeading('');
    setSelected([]);
  });
  const close = useAction(async () => onChange(await call('closeVoteRound', { roundId: round.id })));

  const ranked = [...topLevel].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {round.title} · {formatDate(round.heldOn)} · {round.status === 'open' ? t('voting.open') : t('voting.closed')}
      </h3>
      <p className="hint">{t('voting.rules', { dots: round.dotsPerMember }) + (round.hiddenUntilClosed ? ` ${t('voting.hiddenRule')}` : '')}</p>
      <h4>{t('voting.participants')}</h4>
      <ul className="compact-list">
        {round.participants.map((participant) => (
          <li key={participant.memberId}>
            {participant.name}
            {participant.isUserRep && <span className="badge badge-user">{t('roles.service_user_rep')}</span>} · {participant.hasVoted ? t('voting.hasVoted') : t('voting.notYet')}
          </li>
        ))}
      </ul>
      <p role="status" className="message message-success status-line">
        {notice}
      </p>

      {round.resultsVisible && (
        <TableBox label={round.status === 'closed' ? t('voting.result') : t('voting.standing')}>
          <table>
            <caption>{round.status === 'closed' ? t('voting.result') : t('voting.standing')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('voting.rank')}</th>
                <th scope="col">{t('voting.item')}</th>
                <th scope="col">{t('voting.dots')}</th>
                {round.showUserGroup && <th scope="col">{t('voting.userRepDots')}</th>}
              </tr>
            </thead>
            <tbody>
              {ranked.map((item) => (
                <tr key={item.id}>
                  <td>{item.rank}</td>
                  <th scope="row">
                    {label(item)}
                    {round.items.some((other) => other.clusterId === item.id) && (
                      <span className="hint"> ({round.items.filter((other) => other.clusterId === item.id).map(label).join('; ')})</span>
                    )}
                  </th>
                  <td>{item.total}</td>
                  {round.showUserGroup && <td>{item.userRepTotal}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}

      {round.status === 'open' && observer && <p className="message message-info">{t('voting.observerNote')}</p>}
      {round.status === 'open' && !observer && (
        <>
          <form className="vote-form" onSubmit={(event) => { event.preventDefault(); void cast.run(); }}>
            <h4>{t('voting.castTitle')}</h4>
            <SelectField
              inline
              label={t('voting.voter')}
              value={voter}
              emptyLabel={t('voting.chooseVoter')}
              onChange={(chosen) => {
                setVoter(chosen);
                setDots({});
              }}
              options={round.participants.map((participant) => ({ value: participant.memberId, label: participant.name }))}
            />
            {voter !== '' && (
              <>
                {used > round.dotsPerMember ? (
                  <p className="message message-error" role="alert">
                    {t('errors.vote_beyond_dots', { used, limit: round.dotsPerMember })}
                  </p>
                ) : (
                  <p aria-live="polite">{t('voting.remaining', { count: round.dotsPerMember - used })}</p>
                )}
                <ul className="vote-items">
                  {topLevel.map((item) => (
                    <li key={item.id}>
                      <label htmlFor={`${id}-${item.id}`}>{label(item)}</label>
                      <input
                        id={`${id}-${item.id}`}
                        type="number"
                        min={0}
                        max={round.dotsPerMember}
                        value={dots[item.id] ?? 0}
                        onChange={(event) => setDots({ ...dots, [item.id]: Math.max(0, Math.floor(Number(event.target.value) || 0)) })}
                      />
                    </li>
                  ))}
                </ul>
                <button type="submit" className="primary" disabled={cast.busy || used > round.dotsPerMember}>
                  {t('voting.castButton', { name: voterName })}
                </button>
              </>
            )}
            <ErrorMessage error={cast.error} />
          </form>

          <form className="inline-form" onSubmit={(event) => { event.preventDefault(); void addIdea.run(); }}>
            <div className="field">
              <label htmlFor={`${id}-idea`}>{t('voting.newIdea')}</label>
              <input id={`${id}-idea`} required maxLength={500} value={idea} onChange={(event) => setIdea(event.target.value)} />
            </div>
            <button type="submit">{t('voting.addIdea')}</button>
            <ErrorMessage error={addIdea.error} />
          </form>

          <form className="inline-form" onSubmit={(event) => { event.preventDefault(); void cluster.run(); }}>
            <fieldset className="checkboxes">
              <legend>{t('voting.clusterTitle')}</legend>
              {topLevel.map((item) => (
                <label key={item.id} className="choice">
                  <input type="checkbox" checked={selected.includes(item.id)} onChange={(event) => setSelected(event.target.checked ? [...selected, item.id] : selected.filter((other) => other !== item.id))} />
                  {label(item)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-heading`}>{t('voting.heading')}</label>
              <input id={`${id}-heading`} maxLength={500} value={heading} onChange={(event) => setHeading(event.target.value)} />
            </div>
            <button type="submit" disabled={selected.length < 2 || heading.trim() === ''}>
              {t('voting.clusterButton')}
            </button>
            <ErrorMessage error={cluster.error} />
          </form>

          <button type="button" className="primary" onClick={() => void close.run()} disabled={close.busy}>
            {t('voting.closeButton')}
          </button>
          <ErrorMessage error={close.error} />
        </>
      )}
    </section>
  );
}
