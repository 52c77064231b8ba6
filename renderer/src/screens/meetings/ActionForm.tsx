import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Decision } from '../../../../electron/core/meetings/meeting-types';
import { actionStatuses } from '../../../../electron/core/domain/meeting-terms';
import { call } from '../../api/api-client';
import { useWorkspaceStore } from '../../state/workspace-store';
import { isActiveMember } from '../../app/is-active-member';
import { FormEnd } from '../../ui/FormEnd';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { useLinkChoices } from './use-link-choices';
import { explainAbbreviations } from '../../format/explain-abbreviations';

/** A decision's wording short enough for a list of choices, cut between words. */
function shortWording(wording: string): string {
  if (wording.length <= 70) return wording;
  const cut = wording.slice(0, 70);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()}…`;
}

type Props = {
  meetingId: string | null;
  agendaItemId: string | null;
  decisions: Decision[];
  /** The action being edited (with its status); absent for a new one. */
  action?: Action;
  barrierId?: string;
  onSaved: (message: string) => void;
  onCancel?: () => void;
  large?: boolean;
};

const organisationOwner = 'organisation';

/** Who does what by when, and which decision or barrier it serves. */
export function ActionForm({ meetingId, agendaItemId, decisions, action, barrierId, onSaved, onCancel, large = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const members = useWorkspaceStore((state) => state.members);
  const barriers = useLinkChoices().filter((choice) => choice.kind === 'barrier');
  const [title, setTitle] = useState(action?.title ?? '');
  const [owner, setOwner] = useState(action === undefined ? '' : (action.ownerMemberId ?? organisationOwner));
  const [organisation, setOrganisation] = useState(action?.ownerOrganisation ?? '');
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [decisionId, setDecisionId] = useState(action?.decisionId ?? '');
  const [barrier, setBarrier] = useState(action?.barrierId ?? barrierId ?? '');
  const [status, setStatus] = useState(action?.status ?? 'open');
  const [note, setNote] = useState('');
  const [dropReason, setDropReason] = useState(action?.dropReason ?? '');
  const [problem, setProblem] = useState('');

  const save = useAction(async () => {
    setProblem(dueDate === '' ? t('actions.dueRequired') : '');
    if (dueDate === '') return;
    const fields = {
      title,
      ownerMemberId: owner === '' || owner === organisationOwner ? null : owner,
      ownerOrganisation: owner === organisationOwner ? organisation : '',
      dueDate,
      decisionId: decisionId === '' ? null : decisionId,
      barrierId: barrier === '' ? null : barrier,
    };
    if (action === undefined) await call('addAction', { meetingId, agendaItemId, ...fields });
    else await call('updateAction', { id: action.id, ...fields, status, note, dropReason });
    onSaved(t(action === undefined ? 'actions.added' : 'actions.updated'));
    if (action === undefined) {
      setTitle('');
      setDueDate('');
    }
    setNote('');
  });

  return (
    <form
      className={large ? 'card action-form large-form' : 'card action-form'}
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <h3 id={`${id}-title`}>{action === undefined ? t('actions.newTitle') : t('actions.editTitle')}</h3>
      <TextField label={t('actions.what')} value={title} onChange={setTitle} />
      <div className="form-grid">
        <SelectField
          label={t('actions.owner')}
          value={owner}
          emptyLabel={t('actions.chooseOwner')}
          options={[
            ...members.filter((member) => isActiveMember(member) || member.id === action?.ownerMemberId).map((member) => ({ value: member.id, label: member.name })),
            { value: organisationOwner, label: t('actions.ownerOrganisation') },
          ]}
          onChange={setOwner}
        />
        {owner === organisationOwner && <TextField label={t('actions.organisationName')} value={organisation} onChange={setOrganisation} />}
        <TextField label={t('actions.due')} type="date" value={dueDate} onChange={setDueDate} />
        <SelectField
          label={t('actions.servesDecision')}
          value={decisionId}
          emptyLabel={t('actions.noDecision')}
          options={decisions.map((decision) => ({ value: decision.id, label: `${decision.label} – ${explainAbbreviations(shortWording(decision.wording))}` }))}
          onChange={setDecisionId}
        />
        <SelectField label={t('actions.servesBarrier')} value={barrier} emptyLabel={t('actions.noBarrier')} options={barriers.map((choice) => ({ value: choice.ref, label: explainAbbreviations(choice.label) }))} onChange={setBarrier} />
      </div>
      {action !== undefined && (
        <div className="form-grid">
          <SelectField label={t('actions.status')} value={status} options={actionStatuses.map((value) => ({ value, label: t(`actionStatus.${value}`) }))} onChange={(value) => setStatus(actionStatuses.find((candidate) => candidate === value) ?? 'open')} />
          {status === 'dropped' && <TextField label={t('actions.dropReason')} value={dropReason} onChange={setDropReason} />}
          <TextField label={t('actions.progressNote')} value={note} onChange={setNote} />
        </div>
      )}
      <FormEnd problem={problem} error={save.error} submitLabel={action === undefined ? t('actions.add') : t('common.save')} busy={save.busy} onCancel={onCancel} />
    </form>
  );
}
