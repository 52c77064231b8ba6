import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invite } from '../../../electron/core/sync/create-invite';
import type { DeviceEntry } from '../../../electron/core/sync/list-devices';
import type { Conflict } from '../../../electron/core/sync/merge-conflicts';
import type { ChangeEntry } from '../../../electron/core/audit/described-change';
import { ChangeList } from './audit/ChangeList';
import { memberSyncRoles } from '../../../electron/core/domain/member-sync-roles';
import { call } from '../api/api-client';
import { formatDate, formatDateTime } from '../format/format';
import { useSharingStore } from '../state/sharing-store';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { SelectField } from '../ui/SelectField';
import { TableBox } from '../ui/TableBox';
import { TextField } from '../ui/TextField';

/** Sharing the committee from the coordinator's device: the server's address, and what it means. */
function ShareForm() {
  const { t } = useTranslation();
  const setStatus = useSharingStore((state) => state.set);
  const [server, setServer] = useState('');
  const share = useAction(async () => setStatus(await call('shareCommittee', { server })));
  return (
    <form onSubmit={(event) => { event.preventDefault(); void share.run(); }}>
      <TextField label={t('sharing.server')} value={server} onChange={setServer} hint={t('sharing.serverHint')} autoComplete="url" spellCheck={false} />
      <button type="submit" className="primary" disabled={share.busy || server.trim() === ''}>
        {t('sharing.share')}
      </button>
      <ErrorMessage error={share.error} />
    </form>
  );
}

/** An invite for one member's device: the role and how long it may be used, shown as a code and a link. */
function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const current = members.filter((member) => member.activeTo === null);
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState('');
  const [days, setDays] = useState('14');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useAction(async () => {
    setCopied(false);
    const chosen = memberSyncRoles.find((name) => name === role);
    setInvite(await call('createInvite', { memberId, days: Number(days), ...(chosen === undefined ? {} : { role: chosen }) }));
    onInvited();
  });
  const copy = useAction(async () => {
    if (invite === null) return;
    await navigator.clipboard.writeText(invite.code);
    setCopied(true);
  });
  return (
    <form onSubmit={(event) => { event.preventDefault(); void create.run(); }}>
      <h3>{t('sharing.inviteTitle')}</h3>
      <SelectField label={t('sharing.inviteMember')} value={memberId} onChange={setMemberId} emptyLabel={t('sharing.chooseMember')} options={current.map((member) => ({ value: member.id, label: member.name }))} />
      <SelectField
        label={t('sharing.inviteRole')}
        value={role}
        onChange={setRole}
        emptyLabel={t('sharing.roleOfMember')}
        hint={t('sharing.roleHint')}
        options={memberSyncRoles.map((name) => ({ value: name, label: t(`sharing.roles.${name}`) }))}
      />
      <TextField label={t('sharing.inviteDays')} type="number" min={1} max={365} value={days} onChange={setDays} hint={t('sharing.inviteDaysHint')} />
      <button type="submit" disabled={create.busy || memberId === ''}>
        {t('sharing.invite')}
      </button>
      <ErrorMessage error={create.error} />
      {invite !== null && (
        <div className="invite-code" role="group" aria-label={t('sharing.inviteReady')}>
          <p>{t('sharing.inviteReadyText', { date: formatDate(invite.expiresAt.slice(0, 10)) })}</p>
          <label>
            {t('sharing.inviteCode')}
            <textarea readOnly rows={4} value={invite.code} data-testid="invite-code" onFocus={(event) => event.target.select()} />
          </label>
          <p className="hint">
            {t('sharing.inviteLink')} <code className="path">{invite.link}</code>
          </p>
          <button type="button" onClick={() => void copy.run()}>
            {t('sharing.copyCode')}
          </button>
          <span role="status">{copied ? t('sharing.copied') : ''}</span>
          <ErrorMessage error={copy.error} />
        </div>
      )}
    </form>
  );
}

/** The devices invited to the committee, when each was last seen, and revoking one (after a confirmation). */
function DevicesTable({ devices, serverAnswered, onRevoke }: { devices: DeviceEntry[]; serverAnswered: boolean; onRevoke: (device: DeviceEntry) => void }) {
  const { t } = useTranslation();
  if (devices.length === 0) return <p>{t('sharing.noDevices')}</p>;
  return (
    <>
      {!serverAnswered && <p className="hint">{t('sharing.lastSeenUnknown')}</p>}
      <TableBox label={t('sharing.devicesTitle')}>
        <table>
          <caption className="visually-hidden">{t('sharing.devicesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sharing.deviceMember')}</th>
              <th scope="col">{t('sharing.inviteRole')}</th>
              <th scope="col">{t('sharing.lastSeen')}</th>
              <th scope="col">{t('sharing.validity')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.deviceId}>
                <th scope="row">
                  {device.memberName}
                  {device.thisDevice && <span className="hint"> {t('sharing.thisDevice')}</span>}
                </th>
                <td>{t(`sharing.roles.${device.role}`)}</td>
                <td>{device.lastSeenOn === null ? t('sharing.neverSeen') : formatDate(device.lastSeenOn)}</td>
                <td>{device.revokedAt !== null ? t('sharing.revokedOn', { date: formatDate(device.revokedAt.slice(0, 10)) }) : t('sharing.validUntil', { date: formatDate(device.expiresAt.slice(0, 10)) })}</td>
                <td>
                  {device.revokedAt === null && !device.thisDevice && (
                    <button type="button" className="link-button" onClick={() => onRevoke(device)}>
                      {t('sharing.revoke')}
                      <span className="visually-hidden"> {device.memberName}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}

/** What was changed on two devices at once: the value kept everywhere and the one it replaced. */
function ConflictList({ conflicts, onSeen }: { conflicts: { conflict: Conflict; entry: ChangeEntry }[]; onSeen: () => void }) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <>
      <h3>{t('sharing.conflictsTitle')}</h3>
      <p className="hint">{t('sharing.conflictsExplain')}</p>
      <ChangeList entries={conflicts.map(({ entry }) => entry)} showRecord headingLevel="h4" />
      {conflicts.some(({ conflict }) => !conflict.seen) && (
        <button type="button" onClick={onSeen}>
          {t('sharing.conflictsSeen')}
        </button>
      )}
    </>
  );
}

/**
 * Settings → Sharing: share the committee through a sync server, invite members' devices, see the devices
 * and revoke one, and see what was changed on two devices at once.
 */
export function SharingPanel({ focus }: { focus: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useSharingStore((state) => state.status);
  const setStatus = useSharingStore((state) => state.set);
  const [devices, setDevices] = useState<{ devices: DeviceEntry[]; serverAnswered: boolean } | null>(null);
  const [conflicts, setConflicts] = useState<{ conflict: Conflict; entry: ChangeEntry }[]>([]);
  const [revoking, setRevoking] = useState<DeviceEntry | null>(null);
  const shared = status?.shared === true;
  const coordinates = status?.shared === true && status.coordinates;
  const load = useAction(async () => {
    if (coordinates) setDevices(await call('listDevices', {}));
    setConflicts(await call('listConflicts', {}));
  });
  useEffect(() => {
    if (shared) void load.run();
    // Read when sharing begins and whenever the device's coordinating changes.
  }, [shared, coordinates]);
  useEffect(() => {
    if (focus) heading.current?.scrollIntoView();
  }, [focus]);
  const revoke = useAction(async () => {
    if (revoking === null) return;
    setDevices(await call('revokeDevice', { deviceId: revoking.deviceId }));
    setRevoking(null);
  });
  const lateSeen = useAction(async () => {
    setStatus(await call('markLateBallotsSeen', {}));
  });
  const seen = useAction(async () => {
    setStatus(await call('markConflictsSeen', {}));
    setConflicts(await call('listConflicts', {}));
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`} id="sharing">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('sharing.title')}
      </h2>
      {status === null ? null : !status.shared ? (
        <>
          <p>{t('sharing.explain')}</p>
          {status.mayShare ? <ShareForm /> : <p className="hint">{t('sharing.coordinatorShares')}</p>}
        </>
      ) : (
        <>
          <p>{t('sharing.sharedThrough', { server: status.server })}</p>
          <p>{t('sharing.thisDeviceRole', { role: t(`sharing.roles.${status.role}`) })}</p>
          {status.lastSyncedAt !== null && <p className="hint">{t('sharing.lastSynced', { when: formatDateTime(status.lastSyncedAt) })}</p>}
          {status.state === 'refused' && <p className="message message-error">{t(`sharing.refused.${status.reason === 'revoked' || status.reason === 'expired' ? status.reason : 'other'}`)}</p>}
          {status.state === 'offline' && status.reason !== null && <p className="message message-info">{t(`errors.sync_offline_${status.reason}`, { server: status.server })}</p>}
          {status.lateBallots.length > 0 && (
            <div className="message message-info">
              {status.lateBallots.map((round) => (
                <p key={round.roundId}>{t('sharing.lateBallot', { title: round.title })}</p>
              ))}
              <button type="button" onClick={() => void lateSeen.run()} disabled={lateSeen.busy}>
                {t('sharing.lateBallotsSeen')}
              </button>
              <ErrorMessage error={lateSeen.error} />
            </div>
          )}
          <ErrorMessage error={load.error} />
          {status.coordinates && (
            <>
              <InviteForm onInvited={() => void load.run()} />
              <h3>{t('sharing.devicesTitle')}</h3>
              {devices !== null && <DevicesTable devices={devices.devices} serverAnswered={devices.serverAnswered} onRevoke={setRevoking} />}
              {revoking !== null && (
                <div className="confirm" role="group" aria-labelledby={`${id}-revoke`}>
                  <p id={`${id}-revoke`}>{t('sharing.revokeConfirm', { name: revoking.memberName })}</p>
                  <div className="button-row">
                    <button type="button" className="primary" onClick={() => void revoke.run()} disabled={revoke.busy} autoFocus>
                      {t('sharing.revokeButton')}
                    </button>
                    <button type="button" onClick={() => setRevoking(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                  <ErrorMessage error={revoke.error} />
                </div>
              )}
            </>
          )}
          <ConflictList conflicts={conflicts} onSeen={() => void seen.run()} />
          <ErrorMessage error={seen.error} />
        </>
      )}
    </section>
  );
}
