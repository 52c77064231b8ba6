import type Database from 'better-sqlite3';
import type { Extension } from '@hocuspocus/server';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBarrier, updateBarrier } from '../../electron/core/barriers/save-barrier';
import { saveMember } from '../../electron/core/committee/save-member';
import { saveService } from '../../electron/core/committee/save-service';
import { clock } from '../../electron/core/domain/clock';
import { createInvite } from '../../electron/core/sync/create-invite';
import { deviceSyncs } from '../../electron/core/sync/device-syncs';
import { joinCommittee } from '../../electron/core/sync/join-committee';
import { revokeDevice } from '../../electron/core/sync/revoke-device';
import { shareCommittee } from '../../electron/core/sync/share-committee';
import { sharingSecrets } from '../../electron/core/sync/sharing-secrets';
import { SyncLink } from '../../electron/core/sync/sync-link';
import { syncOnce } from '../../electron/core/sync/sync-once';
import { uploadToDropBox } from '../../electron/core/sync/upload-to-drop-box';
import { saveFeedback } from '../../electron/core/feedback/save-feedback';
import { saveDecision } from '../../electron/core/meetings/save-decision';
import { voteRounds } from '../../electron/core/barriers/vote-rounds';
import { saveMeeting } from '../../electron/core/meetings/save-meeting';
import { setAttendance } from '../../electron/core/meetings/set-attendance';
import { committeeDb } from '../helpers/committee-db';
import { syncServerForTests, type RunningServer } from '../helpers/sync-server-for-tests';
import { tempDir } from '../helpers/temp-dir';
import { sharedRecords } from '../helpers/shared-records';
import { openSyncStore } from '../../electron/sync-server/sync-store';
import { userErrorOf } from '../helpers/user-error-of';

type Device = { db: Database.Database; path: string; memberId: string };

const cleanup: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});


type Server = RunningServer & {
  /** The server process dies: connections cut, port let go, nothing stored on the way out. */
  crash: () => Promise<void>;
};

async function server(extensions: Extension[] = [], dbPath?: string, port = 0): Promise<Server> {
  const started = await syncServerForTests(extensions, dbPath, port);
  let stopped = false;
  cleanup.push(async () => {
    if (!stopped) await started.stop();
  });
  return {
    ...started,
    stop: async () => {
      stopped = true;
      await started.stop();
    },
    crash: async () => {
      stopped = true;
      await new Promise<void>((resolve) => {
        started.server.httpServer.close(() => resolve());
        for (const client of started.server.webSocketServer.clients) client.terminate();
      });
      started.store.close();
    },
  };
}

/** A coordinator's committee shared through `at`, and a member's device joined to it. */
async function pair(at: RunningServer): Promise<{ coordinator: Device; member: Device; serviceId: string }> {
  const owner = committeeDb();
  cleanup.push(() => {
    owner.db.close();
  });
  const memberId = saveMember(owner.db, { name: 'Jana Dvořáková', organisation: 'Úřad práce', role: 'member', activeFrom: '2026-01-01', activeTo: null }, owner.coordinatorId);
  const serviceId = saveService(owner.db, { name: 'IPS Hradec', provider: 'CDZ Hradec', startDate: '2025-01-01' }, owner.coordinatorId);
  await shareCommittee(owner.db, owner.path, at.url);
  const code = createInvite(owner.db, owner.path, { memberId, days: 30 }).code;
  await syncOnce(owner.db, owner.path);
  const path = join(tempDir(), 'member.sqlite');
  const db = await joinCommittee(path, code);
  cleanup.push(() => {
    db.close();
  });
  return { coordinator: { db: owner.db, path: owner.path, memberId: owner.coordinatorId }, member: { db, path, memberId }, serviceId };
}

const sync = (device: Device) => syncOnce(device.db, device.path);

describe('sharing when things go wrong', () => {
  it('loses nothing when the server stops in the middle of an exchange, and converges once it is back', async () => {
    let stopServer: () => void = () => undefined;
    const stopOnFirstChange: Extension = {
      onChange: () => {
        stopServer();
        return Promise.resolve();
      },
    };
    const first = await server([stopOnFirstChange]);
    const { coordinator, member } = await pair(first);
    for (let index = 0; index < 50; index += 1) saveService(member.db, { name: `IPS Služba ${String(index)}`, provider: 'Poskytovatel', startDate: '2026-01-01' }, member.memberId);
    stopServer = () => void first.stop();
    // The exchange ends when the server goes away; what was written here stays, still to be shared.
    expect(await sync(member).then(() => 'done', (error: unknown) => (error as { code?: string }).code)).toMatch(/^(done|sync_server_unreachable)$/);
    const port = Number(new URL(first.url).port);
    await server([], first.dbPath, port);
    await sync(member);
    await sync(coordinator);
    expect(coordinator.db.prepare("SELECT count(*) FROM service WHERE name LIKE 'IPS Služba %'").pluck().get()).toBe(50);
    expect(sharedRecords(coordinator.db)).toEqual(sharedRecords(member.db));
  });

  it('brings back a device that was offline for months with hundreds of changes, beside the others’ changes meanwhile', async () => {
    const at = await server();
    const { coordinator, member, serviceId } = await pair(at);
    for (let index = 0; index < 300; index += 1) saveService(member.db, { name: `IPS Pobočka ${String(index)}`, provider: `Poskytovatel ${String(index)}`, startDate: '2026-01-01' }, member.memberId);
    saveService(coordinator.db, { id: serviceId, name: 'IPS Hradec', provider: 'CDZ Hradec Králové', startDate: '2025-01-01' }, coordinator.memberId);
    await sync(coordinator);
    expect(deviceSyncs.of(member.db)?.waitingChanges()).toBe(300);
    await sync(member);
    await sync(coordinator);
    expect(deviceSyncs.of(member.db)?.waitingChanges()).toBe(0);
    expect(coordinator.db.prepare('SELECT count(*) FROM service').pluck().get()).toBe(301);
    expect(member.db.prepare('SELECT provider FROM service WHERE id = ?').pluck().get(serviceId)).toBe('CDZ Hradec Králové');
    expect(sharedRecords(coordinator.db)).toEqual(sharedRecords(member.db));
  });

  it('does not let a device whose clock is a year ahead win over a later change', async () => {
    const at = await server();
    const { coordinator, member, serviceId } = await pair(at);
    const aYearAhead = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
    clock.pinnedAt(aYearAhead, () => saveService(member.db, { id: serviceId, name: 'IPS Hradec', provider: 'Napsáno s hodinami o rok napřed', startDate: '2025-01-01' }, member.memberId));
    await sync(member);
    await sync(coordinator);
    // Seen, then changed: the later change is kept everywhere, whatever the first device's clock said.
    saveService(coordinator.db, { id: serviceId, name: 'IPS Hradec', provider: 'Opraveno koordinátorkou', startDate: '2025-01-01' }, coordinator.memberId);
    await sync(coordinator);
    await sync(member);
    expect(member.db.prepare('SELECT provider FROM service WHERE id = ?').pluck().get(serviceId)).toBe('Opraveno koordinátorkou');
    expect(sharedRecords(coordinator.db)).toEqual(sharedRecords(member.db));
  });

  it('applies nothing of a corrupted update, and carries on with the next good one', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    const engine = deviceSyncs.of(member.db);
    if (engine === null) throw new Error('the member’s device shares nothing');
    const name = `${engine.sharing.committeeId}/records`;
    const before = sharedRecords(member.db);
    const stored = member.db.prepare('SELECT count(*) FROM sync_update').pluck().get();
    // A real update with its last bytes cut off, and bytes that are no update at all.
    const source = new Y.Doc();
    source.getMap('service').set('["x"]', new Y.Map([['name', 'Half'] as [string, unknown]]));
    const whole = Y.encodeStateAsUpdate(source);
    for (const broken of [whole.slice(0, whole.length - 3), new Uint8Array([255, 1, 2, 3, 4, 5, 6, 7])]) {
      expect(() => engine.receive(name, broken)).toThrow();
      expect(sharedRecords(member.db)).toEqual(before);
      expect(member.db.prepare('SELECT count(*) FROM sync_update').pluck().get()).toBe(stored);
    }
    saveService(coordinator.db, { name: 'IPS Jičín', provider: 'Jičín', startDate: '2026-03-01' }, coordinator.memberId);
    await sync(coordinator);
    await sync(member);
    expect(sharedRecords(coordinator.db)).toEqual(sharedRecords(member.db));
  });

  it('keeps every change on the devices while the server’s disk is full, and stores them once it has room', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    // Storing a document fails as SQLite fails on a full disk.
    at.store.store = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    for (let index = 0; index < 40; index += 1) saveService(member.db, { name: `IPS Plný disk ${String(index)}`, provider: 'x'.repeat(2000), startDate: '2026-01-01' }, member.memberId);
    // The server takes the changes in memory but cannot store them, and then dies (no orderly stop: that would
    // wait to store them): the port is let go, the file holds nothing of the changes.
    await sync(member);
    await at.crash();
    const again = await server([], at.dbPath, Number(new URL(at.url).port));
    const committeeId = String(deviceSyncs.of(member.db)?.sharing.committeeId);
    const onDisk = new Y.Doc();
    Y.applyUpdate(onDisk, again.store.state(`${committeeId}/records`) ?? new Uint8Array());
    expect(onDisk.getMap('service').size).toBe(1);
    // The member's device still has them, and sends them again to the server that lacks them.
    await sync(member);
    await sync(coordinator);
    expect(coordinator.db.prepare("SELECT count(*) FROM service WHERE name LIKE 'IPS Plný disk %'").pluck().get()).toBe(40);
    await again.stop();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, openSyncStore(at.dbPath).state(`${committeeId}/records`) ?? new Uint8Array());
    expect(stored.getMap('service').size).toBe(41);
  });

  it('puts a revoked device out while it is connected, and refuses it from then on', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    const engine = deviceSyncs.of(member.db);
    const secrets = sharingSecrets.read(member.path);
    if (engine === null || secrets === null) throw new Error('the member’s device shares nothing');
    const link = new SyncLink(engine, member.path);
    cleanup.push(() => link.stop());
    const upToDate = new Promise<void>((resolve) => link.onChange(() => link.upToDate() && resolve()));
    link.start();
    await upToDate;
    const putOut = new Promise<void>((resolve) => link.onChange(() => link.status().state !== 'connected' && resolve()));
    revokeDevice(coordinator.db, coordinator.path, engine.sharing.deviceId);
    await sync(coordinator);
    await putOut;
    link.stop();
    await expect(sync(member)).rejects.toMatchObject({ code: 'sync_refused_revoked' });
    // The coordinator cannot revoke their own device, nor one that was never invited.
    expect(userErrorOf(() => revokeDevice(coordinator.db, coordinator.path, String(deviceSyncs.of(coordinator.db)?.sharing.deviceId))).code).toBe('sync_revoke_self');
    expect(userErrorOf(() => revokeDevice(coordinator.db, coordinator.path, '00000000-0000-4000-8000-000000000000')).code).toBe('sync_device_unknown');
  });

  it('replaces the drop box’s credential when a device is revoked: the revoked one is refused, the others carry on with the new one', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    const committeeId = String(coordinator.db.prepare('SELECT id FROM committee').pluck().get());
    const repId = saveMember(coordinator.db, { name: 'Karel Novotný', organisation: '', role: 'service_user_rep', activeFrom: '2026-01-01', activeTo: null }, coordinator.memberId);
    const repCode = createInvite(coordinator.db, coordinator.path, { memberId: repId, days: 30 }).code;
    await sync(coordinator);
    const repPath = join(tempDir(), 'rep.sqlite');
    const rep = { db: await joinCommittee(repPath, repCode), path: repPath, memberId: repId };
    cleanup.push(() => {
      rep.db.close();
    });
    const heldBefore = sharingSecrets.read(member.path)?.dropBoxToken ?? '';
    revokeDevice(coordinator.db, coordinator.path, String(deviceSyncs.of(member.db)?.sharing.deviceId));
    await sync(coordinator);
    // What the revoked device holds no longer opens the drop box.
    const entry = new Y.Doc();
    entry.getMap('feedback').set('x', 'Spam from a device that was put out');
    expect(await uploadToDropBox(at.url.replace('ws:', 'http:'), committeeId, heldBefore, Y.encodeStateAsUpdate(entry))).toBe('stale');
    // The representative's device takes the new credential on its next exchange, and its entry goes through.
    saveFeedback(rep.db, { text: 'Schůzky jsou v době, kdy pracuji.', contributor: { kind: 'anonymous' }, givenOn: '2026-11-28', tags: [], links: [], mayQuote: false, transcribed: false }, repId);
    await sync(rep);
    expect(sharingSecrets.read(rep.path)?.dropBoxToken).not.toBe(heldBefore);
    expect(sharingSecrets.read(rep.path)?.dropBoxToken).toBe(sharingSecrets.read(coordinator.path)?.dropBoxToken);
    expect(deviceSyncs.of(rep.db)?.waitingChanges()).toBe(0);
    await sync(coordinator);
    expect(coordinator.db.prepare("SELECT contributor_kind FROM feedback WHERE text LIKE 'Schůzky%'").pluck().get()).toBe('anonymous');
  });

  it('keeps votes within those present when a vote and a change of attendance were made apart', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    const others = ['Eva Malá', 'Petr Veselý'].map((name) => saveMember(coordinator.db, { name, organisation: 'Kraj', role: 'member', activeFrom: '2026-01-01', activeTo: null }, coordinator.memberId));
    const everyone = [coordinator.memberId, member.memberId, ...others];
    const meetingId = saveMeeting.create(coordinator.db, { heldOn: '2026-11-10', kind: 'regular', place: 'Hradec Králové', online: false }, coordinator.memberId);
    setAttendance(coordinator.db, meetingId, { members: everyone.map((memberId) => ({ memberId, presence: 'present' as const })), guests: [] }, coordinator.memberId);
    await sync(coordinator);
    await sync(member);
    // Apart: the coordinator records a vote of the four present; the member's device marks two of them absent.
    saveDecision.record(coordinator.db, meetingId, { agendaItemId: null, wording: 'Zřídit pracovní skupinu pro dluhy', rationale: '', method: 'vote', votes: { for: 3, against: 1, abstain: 0 }, userRepPosition: '', dissent: [], links: [], changes: null }, coordinator.memberId);
    setAttendance(member.db, meetingId, { members: everyone.map((memberId, index) => ({ memberId, presence: index < 2 ? ('present' as const) : ('apologies' as const) })), guests: [] }, member.memberId);
    for (const device of [member, coordinator, member, coordinator]) await sync(device);
    const present = (db: Database.Database) => Number(db.prepare("SELECT count(*) FROM meeting_attendee WHERE meeting_id = ? AND presence = 'present'").pluck().get(meetingId));
    for (const device of [coordinator, member]) expect(present(device.db)).toBe(4);
    expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));
    // The list gave way, and says so where the coordinator looks for such things.
    expect(coordinator.db.prepare("SELECT kept, replaced FROM merge_conflict WHERE table_name = 'meeting_attendee' ORDER BY id").all()).toEqual([
      { kept: 'present', replaced: 'apologies' },
      { kept: 'present', replaced: 'apologies' },
    ]);
    // A list that names too few people even then: those the vote counted are added, unnamed, alike on both devices.
    const nextId = saveMeeting.create(coordinator.db, { heldOn: '2026-12-01', kind: 'regular', place: 'Hradec Králové', online: false }, coordinator.memberId);
    setAttendance(coordinator.db, nextId, { members: everyone.map((memberId) => ({ memberId, presence: 'present' as const })), guests: [] }, coordinator.memberId);
    await sync(coordinator);
    await sync(member);
    saveDecision.record(coordinator.db, nextId, { agendaItemId: null, wording: 'Pozvat zaměstnavatele na příští schůzi', rationale: '', method: 'vote', votes: { for: 4, against: 0, abstain: 0 }, userRepPosition: '', dissent: [], links: [], changes: null }, coordinator.memberId);
    setAttendance(member.db, nextId, { members: [{ memberId: member.memberId, presence: 'present' }], guests: [] }, member.memberId);
    for (const device of [member, coordinator, member, coordinator]) await sync(device);
    const presentAt = (db: Database.Database) => Number(db.prepare("SELECT count(*) FROM meeting_attendee WHERE meeting_id = ? AND presence = 'present'").pluck().get(nextId));
    for (const device of [coordinator, member]) expect(presentAt(device.db)).toBe(4);
    expect(coordinator.db.prepare('SELECT guest_name FROM meeting_attendee WHERE meeting_id = ? AND member_id IS NULL').pluck().all(nextId)).toEqual(Array.from({ length: 3 }, () => 'Nejmenovaný účastník (započtený při hlasování)'));
    expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));
  });

  it('refuses a write that the device’s role may not make, writing nothing', async () => {
    const at = await server();
    const { coordinator } = await pair(at);
    const repId = saveMember(coordinator.db, { name: 'Karel Novotný', organisation: '', role: 'service_user_rep', activeFrom: '2026-01-01', activeTo: null }, coordinator.memberId);
    const code = createInvite(coordinator.db, coordinator.path, { memberId: repId, days: 30 }).code;
    await sync(coordinator);
    const path = join(tempDir(), 'rep.sqlite');
    const rep = await joinCommittee(path, code);
    cleanup.push(() => {
      rep.close();
    });
    const services = rep.prepare('SELECT count(*) FROM service').pluck().get();
    expect(userErrorOf(() => saveService(rep, { name: 'IPS Nová', provider: 'Někdo', startDate: '2026-01-01' }, repId)).code).toBe('sync_read_only');
    expect(rep.prepare('SELECT count(*) FROM service').pluck().get()).toBe(services);
    expect(rep.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
    expect(rep.prepare('SELECT count(*) FROM sync_update WHERE shared = 0').pluck().get()).toBe(0);
  });

  it('leaves closing a vote round to a coordinator’s device, which notes it for the server', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    const roundId = voteRounds.open(member.db, { title: 'Co dál', heldOn: '2026-11-25', dotsPerMember: 3, hiddenUntilClosed: true, showUserGroup: true, participantIds: [coordinator.memberId, member.memberId], barrierIds: [], ideas: ['Dluhy'] }, member.memberId);
    expect(userErrorOf(() => voteRounds.close(member.db, roundId, member.memberId)).code).toBe('sync_round_close_coordinator');
    expect(member.db.prepare('SELECT status FROM vote_round WHERE id = ?').pluck().get(roundId)).toBe('open');
    await sync(member);
    await sync(coordinator);
    const committeeId = String(coordinator.db.prepare('SELECT id FROM committee').pluck().get());
    const noted = () => {
      const access = deviceSyncs.of(coordinator.db)?.doc(`${committeeId}/access`);
      return { hidden: access?.getMap('rounds').get(roundId) ?? null, closed: access?.getMap('closedRounds').has(roundId) ?? false };
    };
    // A round opened on a member's device is noted by the coordinator's as it arrives: open, hiding its votes.
    expect(noted()).toEqual({ hidden: true, closed: false });
    voteRounds.close(coordinator.db, roundId, coordinator.memberId);
    expect(noted()).toEqual({ hidden: true, closed: true });
    await sync(coordinator);
    await sync(member);
    expect(member.db.prepare('SELECT status FROM vote_round WHERE id = ?').pluck().get(roundId)).toBe('closed');
  });

  it('keeps a record archived on one device and edited on another archived, with the edit in its history', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    const barrierId = addBarrier(coordinator.db, { source: 'custom', name: 'Chybí dopravní spojení', description: 'Autobus jezdí dvakrát denně.', group: 'infrastructure', level: 'contextual', localWording: '', serviceIds: [], ownerId: null, status: 'active' }, 'cs', coordinator.memberId);
    await sync(coordinator);
    await sync(member);
    // Apart: the member archives the barrier, the coordinator corrects its description.
    // (Archived as Remove archives a barrier with a history: the same update of the same row.)
    member.db.transaction(() => member.db.prepare('UPDATE barrier SET archived_at = ?, archived_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(new Date().toISOString(), member.memberId, new Date().toISOString(), member.memberId, barrierId)).immediate();
    updateBarrier(coordinator.db, { id: barrierId, name: 'Chybí dopravní spojení', description: 'Autobus jezdí jen ráno a večer.', localWording: '', serviceIds: [], ownerId: null, status: 'active' }, coordinator.memberId);
    await sync(member);
    await sync(coordinator);
    await sync(member);
    for (const device of [coordinator, member]) {
      const row = device.db.prepare('SELECT archived_at, description FROM barrier WHERE id = ?').get(barrierId) as { archived_at: string | null; description: string };
      expect(row.archived_at).not.toBeNull();
      expect(row.description).toBe('Autobus jezdí jen ráno a večer.');
    }
    const history = member.db.prepare("SELECT changed_by, new_values FROM audit_log WHERE table_name = 'barrier' AND record_id = ? AND action = 'update' ORDER BY seq").all(barrierId) as { changed_by: string | null; new_values: string }[];
    // (Who it is recorded as is whoever's stamp the merge kept: the two changes were one row's, made apart.)
    expect(history.some((entry) => entry.new_values.includes('jen ráno a večer'))).toBe(true);
  });

  it('settles two services given the same name on two devices apart: one keeps it, the other takes it with a number', async () => {
    const at = await server();
    const { coordinator, member } = await pair(at);
    // The coordinator's is made first (a minute earlier), so it keeps the name on every device.
    clock.pinnedAt('2026-12-01T09:00:00.000Z', () => saveService(coordinator.db, { name: 'IPS Náchod', provider: 'Náchodská nemocnice', startDate: '2026-02-01' }, coordinator.memberId));
    clock.pinnedAt('2026-12-01T09:01:00.000Z', () => saveService(member.db, { name: 'IPS Náchod', provider: 'Centrum duševního zdraví Náchod', startDate: '2026-03-01' }, member.memberId));
    for (const device of [coordinator, member, coordinator, member]) await sync(device);
    const names = (db: Database.Database) => db.prepare("SELECT name, provider FROM service WHERE name LIKE 'IPS Náchod%' ORDER BY name").all();
    expect(names(coordinator.db)).toEqual([
      { name: 'IPS Náchod', provider: 'Náchodská nemocnice' },
      { name: 'IPS Náchod (2)', provider: 'Centrum duševního zdraví Náchod' },
    ]);
    expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));
  });
});

