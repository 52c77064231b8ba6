import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Decision } from '../../../../electron/core/meetings/meeting-types';
import { actionStatuses } from '../../../../electron/core/domain/meeting-terms';
import { call } from '../../api/api-client';
import { useWorkspaceStore } from '../../state/workspace-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ActionForm } from './ActionForm';
import { ActionsTable } from './ActionsTable';
import { useLinkChoices } from './use-link-choices';

const statusFilters = ['unfinished', 'overdue', ...actionStatuses] as const;

/** All actions across meetings, filtered by owner, status, due date and barrier; each can be updated here. */
export function ActionsOverview({ decisions, onChanged }: { decisions: Decision[]; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const barriers = useLinkChoices().filter((choice) => choice.kind === 'barrier');
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<string>('unfinished');
  const [dueBefore, setDueBefore] = useState('');
  const [barrierId, setBarrierId] = useState('');
  const [actions, setActions] = useState<Action[] | null>(null);
  const [editing, setEditing] = useState<Action | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const chosenStatus = statusFilters.find((candidate) => candidate === status);
    call('listActions', {
      ...(owner === '' ? {} : { ownerMemberId: owner }),
      ...(chosenStatus === undefined ? {} : { status: chosenStatus }),
      ...(dueBefore === '' ? {} : { dueBefore }),
      ...(barrierId === '' ? {} : { barrierId }),
    }).then(setActions, setError);
  }, [owner, status, dueBefore, barrierId, version]);

  return (
    <>
      <div className="filters" role="group" aria-label={t('actions.filters')}>
        <SelectField label={t('actions.owner')} value={owner} emptyLabel={t('common.all')} options={members.map((member) => ({ value: member.id, label: member.name }))} onChange={setOwner} />
        <SelectField label={t('actions.status')} value={status} emptyLabel={t('common.all')} options={statusFilters.map((value) => ({ value, label: t(`actionStatus.${value}`) }))} onChange={setStatus} />
        <TextField label={t('actions.dueBefore')} type="date" value={dueBefore} onChange={setDueBefore} />
        <SelectField label={t('actions.servesBarrier')} value={barrierId} emptyLabel={t('common.all')} options={barriers.map((choice) => ({ value: choice.ref, label: choice.label }))} onChange={setBarrierId} />
      </div>
      <ErrorMessage error={error} />
      {actions !== null && (
        <>
          <p role="status">{t('actions.showing', { count: actions.length, overdue: actions.filter((action) => action.overdue).length })}</p>
          {actions.length > 0 && <ActionsTable actions={actions} onEdit={setEditing} />}
        </>
      )}
      {editing !== null && (
        <ActionForm
          key={editing.id}
          meetingId={editing.meetingId}
          agendaItemId={editing.agendaItemId}
          decisions={decisions}
          action={editing}
          onSaved={(message) => {
            setEditing(null);
            setVersion(version + 1);
            onChanged(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}
