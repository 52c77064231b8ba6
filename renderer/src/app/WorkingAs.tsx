import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { call } from '../api/api-client';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { isActiveMember } from './is-active-member';
import { addressContext } from '../format/address-context';

/** "Who is working now": everything added while a member is chosen is attributed to them. */
export function WorkingAs({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const id = useId();
  const members = useWorkspaceStore((state) => state.members);
  const show = useWorkspaceStore((state) => state.show);
  const choose = useAction(async (memberId: string | null) => show(await call('setCurrentMember', { memberId })));
  const selectable = members.filter((member) => isActiveMember(member) || member.id === workspace.currentMemberId);

  return (
    <div className="control">
      <label htmlFor={id}>{t('header.workingAs')}</label>
      <select
        id={id}
        value={workspace.currentMemberId ?? ''}
        aria-describedby={workspace.currentMemberId === null ? `${id}-hint` : undefined}
        onChange={(event) => void choose.run(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('header.nobody')}</option>
        {selectable.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name} · {t(`roles.${member.role}`, { context: addressContext(member.addressForm) })}
          </option>
        ))}
      </select>
      {workspace.currentMemberId === null && (
        <span id={`${id}-hint`} className="hint hint-warning">
          {t('header.nobodyHint')}
        </span>
      )}
      <ErrorMessage error={choose.error} />
    </div>
  );
}
