import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Extension } from '@hocuspocus/server';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { appLog } from '../../electron/core/log/app-log';
import { inviteToken, type InviteClaims } from '../../electron/core/sync/invite-token';
import { openSyncStore } from '../../electron/sync-server/sync-store';
import { syncServerForTests, type RunningServer } from '../helpers/sync-server-for-tests';
import { backUpServer } from '../../electron/sync-server/server-backups';
import { tempDir } from '../helpers/temp-dir';

const committeeId = randomUUID();
const keys = generateKeyPairSync('ed25519');
const publicKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();

function invite(claims: Partial<InviteClaims> & Pick<InviteClaims, 'role'>, privateKey = keys.privateKey): string {
  return inviteToken.sign(privateKey, { committeeId, memberId: randomUUID(), deviceId: randomUUID(), expiresAt: inAYear, ...claims });
}

type Running = RunningServer & { http: string };
const running: Running[] = [];
const providers: HocuspocusProvider[] = [];

async function start(extensions: Extension[] = [], dbPath?: string): Promise<Running> {
  const started = await syncServerForTests(extensions, dbPath);
  const entry = { ...started, http: started.url.replace('ws:', 'http:') };
  running.push(entry);
  return entry;
}

async function register(at: Running, key = publicKey, token = invite({ role: 'coordinator' })): Promise<{ status: number; code: string }> {
  const response = await fetch(`${at.http}/committees`, { method: 'POST', body: JSON.stringify({ committeeId, publicKey: key, token }) });
  return { status: response.status, code: ((await response.json()) as { code: string }).code };
}

/** A device connected to one document: resolves once it is in (with its scope) or refused (with the reason). */
function connect(at: Running, name: string, token: string) {
  const doc = new Y.Doc();
  let settle: (outcome: { scope?: string; refused?: string }) => void = () => undefined;
  const outcome = new Promise<{ scope?: string; refused?: string }>((resolve) => (settle = resolve));
  let synced: () => void = () => undefined;
  const isSynced = new Promise<void>((resolve) => (synced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: new HocuspocusProviderWebsocket({ url: at.url, WebSocketPolyfill: WebSocket }),
    name,
    token,
    document: doc,
    onAuthenticated: ({ scope }) => settle({ scope }),
    onAuthenticationFailed: ({ reason }) => settle({ refused: reason }),
    onSynced: () => synced(),
  });
  // A socket of its own, handed in (for the Node.js WebSocket): the provider then starts on attach().
  provider.attach();
  providers.push(provider);
  return { doc, provider, outcome, isSynced };
}

/** Anonymous entries as a device of the committee writes them: a Yjs document of its own, and its update. */
function entry(text: string): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc();
  doc.getArray('entries').push([text]);
  return { doc, update: Y.encodeStateAsUpdate(doc) };
}

async function upload(at: Running, token: string, update: Uint8Array): Promise<{ status: number; code: string }> {
  const response = await fetch(`${at.http}/committees/${committeeId}/drop-box`, { method: 'POST', body: new Uint8Array(update), headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, code: ((await response.json()) as { code: string }).code };
}

/** Resolves when `map` has `key`, however the change arrived. */
function arrives(map: Y.Map<unknown>, key: string): Promise<unknown> {
  return new Promise((resolve) => {
    if (map.has(key)) resolve(map.get(key));
    map.observe(() => {
      if (map.has(key)) resolve(map.get(key));
    });
  });
}

/** What the server logged meanwhile: kept here, rather than printed among the test results. */
const logged: string[] = [];
appLog.connect({ info: (line) => logged.push(line), warn: (line) => logged.push(line), error: (line) => logged.push(line) });

afterEach(async () => {
  logged.splice(0);
  for (const provider of providers.splice(0)) {
    provider.destroy();
    provider.configuration.websocketProvider.destroy();
  }
  for (const stopping of running.splice(0)) await stopping.stop();
});

describe('the sync server', () => {
  it('registers a committee by its key once, proven by an invite it signed, and refuses another key', async () => {
    const at = await start();
    expect(await register(at)).toEqual({ status: 200, code: 'sync_committee_registered' });
    expect(await register(at)).toEqual({ status: 200, code: 'sync_committee_same' });
    const other = generateKeyPairSync('ed25519');
    const otherKey = other.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await register(at, otherKey, invite({ role: 'coordinator' }, other.privateKey))).toEqual({ status: 409, code: 'sync_committee_taken' });
    // An invite the key did not sign, or a member's, proves nothing.
    expect(await register(at, otherKey, invite({ role: 'coordinator' }))).toEqual({ status: 403, code: 'sync_registration_unproven' });
    expect(await register(at, publicKey, invite({ role: 'member' }))).toEqual({ status: 403, code: 'sync_registration_unproven' });
    const garbage = await fetch(`${at.http}/committees`, { method: 'POST', body: '{"committeeId": 1' });
    expect(garbage.status).toBe(400);
    expect(at.store.publicKey(committeeId)).toBe(publicKey);
  });

  it('carries the records between a coordinator and a member, both ways', async () => {
    const at = await start();
    expect((await register(at)).status).toBe(200);
    const coordinator = connect(at, `${committeeId}/records`, invite({ role: 'coordinator' }));
    const member = connect(at, `${committeeId}/records`, invite({ role: 'member' }));
    expect(await coordinator.outcome).toEqual({ scope: 'read-write' });
    expect(await member.outcome).toEqual({ scope: 'read-write' });
    await Promise.all([coordinator.isSynced, member.isSynced]);
    coordinator.doc.getMap('decisions').set('2026/10', 'Fund a second specialist in Dolní Ves.');
    expect(await arrives(member.doc.getMap('decisions'), '2026/10')).toBe('Fund a second specialist in Dolní Ves.');
    member.doc.getMap('actions').set('a1', 'Ask the labour office for a contact person.');
    expect(await arrives(coordinator.doc.getMap('actions'), 'a1')).toBe('Ask the labour office for a contact person.');
  });

  it('lets an observer read the records and applies nothing an observer writes', async () => {
    // The server answers a device's messages in order: a stateless probe after its change arrives after the change was dealt with.
    let probed: (records: unknown) => void = () => undefined;
    const afterChange = new Promise<unknown>((resolve) => (probed = resolve));
    const probe: Extension = {
      onStateless: ({ document }) => {
        probed(document.getMap('decisions').toJSON());
        return Promise.resolve();
      },
    };
    const at = await start([probe]);
    expect((await register(at)).status).toBe(200);
    const coordinator = connect(at, `${committeeId}/records`, invite({ role: 'coordinator' }));
    await coordinator.isSynced;
    coordinator.doc.getMap('decisions').set('2026/10', 'Fund a second specialist.');
    const observer = connect(at, `${committeeId}/records`, invite({ role: 'observer' }));
    expect(await observer.outcome).toEqual({ scope: 'readonly' });
    expect(await arrives(observer.doc.getMap('decisions'), '2026/10')).toBe('Fund a second specialist.');
    observer.doc.getMap('decisions').set('2026/11', 'Written by an observer.');
    observer.provider.sendStateless('probe');
    expect(await afterChange).toEqual({ '2026/10': 'Fund a second specialist.' });
    expect(coordinator.doc.getMap('decisions').has('2026/11')).toBe(false);
  });

  it("gives a representative their own feedback to write and nobody else's, and refuses what an invite does not cover", async () => {
    const at = await start();
    expect((await register(at)).status).toBe(200);
    const representative = randomUUID();
    const token = invite({ role: 'service_user_rep', memberId: representative });
    expect(await connect(at, `${committeeId}/feedback/${representative}`, token).outcome).toEqual({ scope: 'read-write' });
    expect(await connect(at, `${committeeId}/records`, token).outcome).toEqual({ scope: 'readonly' });
    expect(await connect(at, `${committeeId}/feedback/${randomUUID()}`, token).outcome).toEqual({ refused: 'forbidden' });
    expect(await connect(at, `${committeeId}/access`, token).outcome).toEqual({ refused: 'forbidden' });
    expect(await connect(at, `${randomUUID()}/records`, token).outcome).toEqual({ refused: 'forbidden' });
    expect(await connect(at, '../../etc/passwd', token).outcome).toEqual({ refused: 'unknown_document' });
    // The log says why, and nothing of whom: no member, no committee, no token.
    expect(logged).toContain('sync_refused reason="forbidden"');
    expect(logged.join('\n')).not.toContain(representative);
    expect(logged.join('\n')).not.toContain(committeeId);
    expect(logged.join('\n')).not.toContain(token.slice(0, 20));
  });

  it('refuses expired, forged and revoked invites, and an unregistered committee', async () => {
    const at = await start();
    const name = `${committeeId}/records`;
    expect(await connect(at, name, invite({ role: 'member' })).outcome).toEqual({ refused: 'unknown_committee' });
    expect((await register(at)).status).toBe(200);
    expect(await connect(at, name, invite({ role: 'member', expiresAt: new Date(Date.now() - 1000).toISOString() })).outcome).toEqual({ refused: 'expired' });
    const [body = '', signature = ''] = invite({ role: 'observer' }).split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as InviteClaims;
    const forged = `${Buffer.from(JSON.stringify({ ...claims, role: 'coordinator' })).toString('base64url')}.${signature}`;
    expect(await connect(at, name, forged).outcome).toEqual({ refused: 'signature' });
    expect(await connect(at, name, 'not a token').outcome).toEqual({ refused: 'unknown_committee' });

    const lostLaptop = randomUUID();
    const stolen = invite({ role: 'member', deviceId: lostLaptop });
    expect(await connect(at, name, stolen).outcome).toEqual({ scope: 'read-write' });
    const coordinator = connect(at, `${committeeId}/access`, invite({ role: 'coordinator' }));
    await coordinator.isSynced;
    coordinator.doc.getMap('revoked').set(lostLaptop, new Date().toISOString());
    // Once the revocation is in, the device is refused on its next connection.
    await new Promise<void>((resolve) => {
      const check = () => (at.server.hocuspocus.documents.get(`${committeeId}/access`)?.getMap('revoked').has(lostLaptop) === true ? resolve() : setImmediate(check));
      check();
    });
    expect(await connect(at, name, stolen).outcome).toEqual({ refused: 'revoked' });
  });

  it('takes anonymous entries by upload with the drop box’s credential, which reads nothing, and keeps them across a restart', async () => {
    const at = await start();
    expect((await register(at)).status).toBe(200);
    // The representative's own invite names them and their device; the drop box's names neither.
    const representative = { memberId: randomUUID(), deviceId: randomUUID() };
    const repInvite = invite({ role: 'service_user_rep', ...representative });
    await connect(at, `${committeeId}/feedback/${representative.memberId}`, repInvite).isSynced;
    const dropBox = invite({ role: 'drop_box', memberId: null });
    // The drop box's credential opens no document, the drop box included: it cannot read what others gave.
    expect(await connect(at, `${committeeId}/records`, dropBox).outcome).toEqual({ refused: 'forbidden' });
    expect(await connect(at, `${committeeId}/drop-box`, dropBox).outcome).toEqual({ refused: 'forbidden' });
    // Nor does the representative's own credential read the drop box.
    expect(await connect(at, `${committeeId}/drop-box`, repInvite).outcome).toEqual({ refused: 'forbidden' });
    expect(await upload(at, dropBox, entry('The job centre still asks me to finish a course first.').update)).toEqual({ status: 200, code: 'sync_dropped' });
    // Stored by the time the answer came: what the server keeps has the words, and nothing of who gave them.
    const bytes = Buffer.concat([readFileSync(at.dbPath), ...(existsSync(`${at.dbPath}-wal`) ? [readFileSync(`${at.dbPath}-wal`)] : [])]);
    expect(bytes.includes(Buffer.from('finish a course'))).toBe(true);
    expect(bytes.includes(Buffer.from(representative.memberId))).toBe(false);
    const dropBoxState = Buffer.from(at.store.state(`${committeeId}/drop-box`) ?? new Uint8Array());
    expect(dropBoxState.includes(Buffer.from(representative.deviceId))).toBe(false);
    // The device is listed for the coordinator by the day it was last seen, never beside the drop box's entries.
    expect(at.store.seenDevices(committeeId)).toEqual([{ deviceId: representative.deviceId, seenOn: new Date().toISOString().slice(0, 10) }]);
    for (const stopping of running.splice(0)) await stopping.stop();
    const again = await start([], at.dbPath);
    // Read back by a coordinator with their own credential, to read only.
    const coordinator = connect(again, `${committeeId}/drop-box`, invite({ role: 'coordinator' }));
    expect(await coordinator.outcome).toEqual({ scope: 'readonly' });
    await coordinator.isSynced;
    expect(coordinator.doc.getArray('entries').toArray()).toEqual(['The job centre still asks me to finish a course first.']);
  });

  it('refuses an upload with a replaced credential, one that removes entries it did not write, one it cannot read and one too large, keeping nothing of them', async () => {
    const at = await start();
    expect((await register(at)).status).toBe(200);
    const first = invite({ role: 'drop_box', memberId: null });
    const given = entry('Nobody asked me what work I want.');
    expect((await upload(at, first, given.update)).status).toBe(200);
    const held = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, at.store.state(`${committeeId}/drop-box`) ?? new Uint8Array());
      return doc.getArray('entries').toArray();
    };
    // A removal of someone else's entry: the writer's items, deleted by an upload that writes none of its own.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(given.doc));
    copy.getArray('entries').delete(0, 1);
    const removal = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(given.doc));
    expect(await upload(at, first, removal)).toEqual({ status: 400, code: 'sync_upload_invalid' });
    // Nor may it overwrite someone's entry under its key (the key is known: the committee's answer carries it).
    const victim = new Y.Doc();
    victim.clientID = 1;
    victim.getMap('feedback').set('entry-1', 'The job coach listens to me.');
    expect((await upload(at, first, Y.encodeStateAsUpdate(victim))).status).toBe(200);
    const forger = new Y.Doc();
    forger.clientID = 2;
    forger.getMap('feedback').set('entry-1', 'forged');
    expect(await upload(at, first, Y.encodeStateAsUpdate(forger))).toEqual({ status: 400, code: 'sync_upload_invalid' });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, at.store.state(`${committeeId}/drop-box`) ?? new Uint8Array());
    expect(stored.getMap('feedback').get('entry-1')).toBe('The job coach listens to me.');
    expect(await upload(at, first, new Uint8Array([0xff, 0x13, 0x02, 0x77]))).toEqual({ status: 400, code: 'sync_upload_invalid' });
    expect(await upload(at, first, new Uint8Array(8 * 1024 * 1024 + 1))).toEqual({ status: 413, code: 'sync_upload_too_large' });
    expect(held()).toEqual(['Nobody asked me what work I want.']);
    // The writer's own removal, sent with the entry it removes, is taken.
    given.doc.getArray('entries').delete(0, 1);
    // A coordinator replaces the credential (after a revocation): the old one is refused from then on.
    const replaced = invite({ role: 'drop_box', memberId: null });
    const coordinator = connect(at, `${committeeId}/keys`, invite({ role: 'coordinator' }));
    await coordinator.isSynced;
    coordinator.doc.getMap('keys').set('dropBox', replaced);
    await new Promise<void>((resolve) => coordinator.provider.on('unsyncedChanges', () => coordinator.provider.hasUnsyncedChanges || resolve()));
    expect(await upload(at, first, entry('A second entry').update)).toEqual({ status: 409, code: 'sync_drop_box_replaced' });
    expect(await upload(at, 'not a token', entry('A third entry').update)).toEqual({ status: 403, code: 'sync_forbidden' });
    expect(held()).toEqual(['Nobody asked me what work I want.']);
    expect((await upload(at, replaced, Y.encodeStateAsUpdate(given.doc))).status).toBe(200);
    expect(held()).toEqual([]);
    // Members and representatives read the current credential; an observer does not; only coordinators write it.
    expect(await connect(at, `${committeeId}/keys`, invite({ role: 'member' })).outcome).toEqual({ scope: 'readonly' });
    expect(await connect(at, `${committeeId}/keys`, invite({ role: 'service_user_rep' })).outcome).toEqual({ scope: 'readonly' });
    expect(await connect(at, `${committeeId}/keys`, invite({ role: 'observer' })).outcome).toEqual({ refused: 'forbidden' });
  });

  it('opens a hidden ballot to others by the coordinators’ note of the round, not by records a member can write', async () => {
    const at = await start();
    expect((await register(at)).status).toBe(200);
    const roundId = randomUUID();
    const voter = { memberId: randomUUID(), deviceId: randomUUID() };
    const ballot = `${committeeId}/ballot/${roundId}/${voter.memberId}`;
    const coordinator = connect(at, `${committeeId}/access`, invite({ role: 'coordinator' }));
    await coordinator.isSynced;
    coordinator.doc.getMap('rounds').set(roundId, true);
    const own = connect(at, ballot, invite({ role: 'member', ...voter }));
    expect(await own.outcome).toEqual({ scope: 'read-write' });
    // Another member marks the round closed in the records, which members write: the ballot stays theirs alone.
    const curious = invite({ role: 'member' });
    const records = connect(at, `${committeeId}/records`, curious);
    await records.isSynced;
    records.doc.getMap('vote_round').set(JSON.stringify([roundId]), new Y.Map<unknown>([['id', roundId], ['status', 'closed'], ['hidden_until_closed', 0]]));
    await new Promise<void>((resolve) => records.provider.on('unsyncedChanges', () => records.provider.hasUnsyncedChanges || resolve()));
    expect(await connect(at, ballot, curious).outcome).toEqual({ refused: 'forbidden' });
    // A coordinator's device closes it: every member may read the ballot, and its member may no longer change
    // it, not even over the connection that had it open to write (put out, to ask again).
    const putOut = new Promise<void>((resolve) => own.provider.on('close', ({ event }: { event: { reason: string } }) => event.reason === 'round_closed' && resolve()));
    coordinator.doc.getMap('closedRounds').set(roundId, true);
    // Put out once the server has the round closed.
    await putOut;
    expect(await connect(at, ballot, curious).outcome).toEqual({ scope: 'readonly' });
    expect(await connect(at, ballot, invite({ role: 'member', ...voter })).outcome).toEqual({ scope: 'readonly' });
  });

  it('runs as its own program: refuses to start without a data folder, says when it is ready, and backs its data up', async () => {
    const wrong = spawnSync('node_modules/.bin/tsx', ['electron/sync-server/main.ts', '--port', '0'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Usage: npm run sync-server -- --data <folder>');
    const data = join(tempDir(), 'relay');
    const child = spawn('node_modules/.bin/tsx', ['electron/sync-server/main.ts', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const address = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /Sync server ready at (ws:\/\/127\.0\.0\.1:\d+)\n/.exec(output);
        if (ready?.[1] !== undefined) resolve(ready[1]);
      });
      child.once('exit', (code) => reject(new Error(`the sync server ended (${String(code)}): ${output}`)));
    });
    try {
      expect((await fetch(address.replace('ws:', 'http:'))).status).toBe(200);
      const backups = readdirSync(join(data, 'backups'));
      expect(backups).toHaveLength(1);
      const copy = openSyncStore(join(data, 'backups', backups[0] ?? ''));
      expect(copy.seenDevices(committeeId)).toEqual([]);
      copy.close();
    } finally {
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await ended;
    }
  });

  it('keeps the fourteen newest backups of its data', async () => {
    const folder = tempDir();
    const store = openSyncStore(join(folder, 'sync-server.sqlite'));
    for (let day = 1; day <= 16; day += 1) await backUpServer(store, folder, new Date(Date.UTC(2026, 10, day)));
    store.close();
    const names = readdirSync(join(folder, 'backups')).sort();
    expect(names).toHaveLength(14);
    expect(names[0]).toBe('sync-server-20261103T000000000Z.sqlite');
  });
});

