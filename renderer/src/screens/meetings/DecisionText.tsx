import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../electron/core/meetings/meeting-types';
import { formatDate, formatQuarter } from '../../format/format';
import { RecordText } from '../../ui/RecordText';

/** A decision as the committee cites it: number, wording, how it was reached, and what changed it since. */
export function DecisionText({ decision, showMeeting = false }: { decision: Decision; showMeeting?: boolean }) {
  const { t } = useTranslation();
  const replaced = decision.changedBy.find((change) => change.kind === 'revokes');
  return (
    <div className={replaced === undefined ? 'decision' : 'decision decision-revoked'}>
      <p className="decision-head">
        <strong>{t('decisions.numbered', { label: decision.label })}</strong>
        {showMeeting && <span className="hint"> · {t('decisions.atMeeting', { date: formatDate(decision.meetingDate) })}</span>}
        {replaced !== undefined && <span className="badge">{t('decisions.revokedBy', { label: replaced.label })}</span>}
        {decision.changedBy
          .filter((change) => change.kind === 'amends')
          .map((change) => (
            <span key={change.decisionId} className="badge">
              {t('decisions.amendedBy', { label: change.label })}
            </span>
          ))}
      </p>
      <RecordText as="p" className="decision-wording" text={decision.wording} />
      {decision.rationale !== '' && <p className="hint">{t('decisions.because', { rationale: decision.rationale })}</p>}
      <p className="hint">
        {decision.votes === null
          ? t('decisions.byConsensus')
          : t('decisions.byVote', { for: decision.votes.for, against: decision.votes.against, abstain: decision.votes.abstain })}
        {decision.changes !== null && ` · ${t(`decisions.${decision.changes.kind}`, { label: decision.changes.label })}`}
      </p>
      {decision.dissent.map((entry) => (
        <p key={entry.memberId} className="dissent">
          {entry.words === '' ? t('decisions.dissentNoWords', { name: entry.name }) : t('decisions.dissentWords', { name: entry.name, words: entry.words })}
        </p>
      ))}
      {decision.userRepPosition !== '' && (
        <p className="user-rep-position">
          <span className="badge badge-user">{t('roles.service_user_rep')}</span> {decision.userRepPosition}
        </p>
      )}
      {decision.links.length > 0 && <p className="hint">{t('decisions.concerns', { list: decision.links.map((link) => (link.kind === 'quarter' ? formatQuarter(link.ref) : link.label)).join(', ') })}</p>}
      {decision.versions.length > 0 && (
        <details>
          <summary>{t('decisions.versions', { count: decision.versions.length + 1 })}</summary>
          <ul className="compact-list">
            {decision.versions.map((version) => (
              <li key={version.version}>
                {t(version.approved ? 'decisions.approvedVersion' : 'decisions.earlierVersion', { version: version.version })}: {version.wording}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
