import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../electron/core/committee/committee-types';
import type { MemberFields } from '../../../electron/core/committee/save-member';
import { call } from '../api/api-client';
import { formatDate } from '../format/format';
import { isActiveMember } from '../app/is-active-member';
import { useWorkspaceStore } from '../state/workspace-store';
import { MemberForm } from './MemberForm';
import { TableBox } from '../ui/TableBox';
import { addressContext } from '../format/address-context';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; member: Member };

export function MembersPanel() {
  const { t } = useTranslation();
  const id = useId();
  const members = useWorkspaceStore((state) => state.members);
  const reloadMembers = useWorkspaceStore((state) => state.reloadMembers);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState('');

  async function save(fields: MemberFields): Promise<void> {
    const saved = editing.kind === 'edit' ? await call('updateMember', { id: editing.member.id, ...fields }) : await call('addMember', fields);
    await reloadMembers();
    setEditing({ kind: 'none' });
    setNotice(t(editing.kind === 'edit' ? 'members.updated' : 'members.added', { name: saved.name }));
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.title')}</h2>
      <p className="hint">{t('members.explain')}</p>
      <TableBox label={t('members.title')}>
        <table>
          <caption className="visually-hidden">{t('members.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.organisation')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.period')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className={isActiveMember(member) ? undefined : 'former'}>
                <th scope="row">{member.name}</th>
                <td>{member.organisation}</td>
                <td>
                  <span className={member.role === 'service_user_rep' ? 'badge badge-user' : 'badge'}>{t(`roles.${member.role}`, { context: addressContext(member.addressForm) })}</span>
                </td>
                <td>
                  {member.activeTo === null
                    ? t('members.since', { date: formatDate(member.activeFrom) })
                    : t('members.between', { from: formatDate(member.activeFrom), to: formatDate(member.activeTo) })}
                  {!isActiveMember(member) && <span className="badge badge-muted">{t('members.notActive')}</span>}
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => setEditing({ kind: 'edit', member })}>
                    {t('common.edit')}
                    <span className="visually-hidden"> {member.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <p role="status" className="status-line">
        {notice}
      </p>
      {editing.kind === 'none' ? (
        <button type="button" className="primary" onClick={() => { setNotice(''); setEditing({ kind: 'new' }); }}>
          {t('members.add')}
        </button>
      ) : (
        <MemberForm
          key={editing.kind === 'edit' ? editing.member.id : 'new'}
          member={editing.kind === 'edit' ? editing.member : null}
          onSave={save}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
    </section>
  );
}
