import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import { Server, type Extension } from '@hocuspocus/server';
import type { ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { z } from 'zod';
import { accessFor } from '../core/sync/access-for';
import type { RoundState } from '../core/sync/round-state';
import { parseDocumentName } from '../core/sync/document-name';
import { inviteToken } from '../core/sync/invite-token';
import { appLog } from '../core/log/app-log';
import { readRequestBytes } from '../shared/read-request-bytes';
import type { SyncStore } from './sync-store';
import { takeDropBoxUpload } from './take-drop-box-upload';

type Options = {
  store: SyncStore;
  /** The clock that decides whether an invite has expired (the tests move it). */
  now?: () => Date;
  /** Further Hocuspocus extensions, such as the tests' probes. */
  extensions?: Extension[];
};

const registration = z.strictObject({ committeeId: z.uuid(), publicKey: z.string().min(40).max(2000), token: z.string().max(4000) });

function reply(response: ServerResponse, status: number, body: object): void {
  // One request per connection: a registration is rare, and no client keeps a socket to a server that restarted.
  response.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close' });
  response.end(JSON.stringify(body));
}

/** A committee's document as the server has it: in memory if loaded, else as stored (empty if neither). */
function documentNow(store: SyncStore, server: Server, name: string): Y.Doc {
  const loaded = server.hocuspocus.documents.get(name);
  if (loaded !== undefined) return loaded;
  const doc = new Y.Doc();
  const state = store.state(name);
  if (state !== null) Y.applyUpdate(doc, state);
  return doc;
}

/** The devices the coordinator revoked, from the committee's access document. */
function revokedDevices(store: SyncStore, server: Server, committeeId: string): Set<string> {
  return new Set(documentNow(store, server, `${committeeId}/access`).getMap('revoked').keys());
}

/**
 * A vote round as the committee's coordinators noted it in the access document, which only they write:
 * whether it is over, whether it hides its votes (null when not noted: nobody but its member reads a ballot).
 * Not from the records, which members write too.
 */
function roundState(store: SyncStore, server: Server, committeeId: string, roundId: string): RoundState | null {
  const access = documentNow(store, server, `${committeeId}/access`);
  if (access.getMap('closedRounds').has(roundId)) return { closed: true, hidden: true };
  const hidden = access.getMap('rounds').get(roundId);
  return hidden === undefined ? null : { closed: false, hidden: hidden !== false };
}

/**
 * The relay every member's device syncs through: a Hocuspocus server (no protocol of our own) that checks
 * every connection's invite against the committee's registered key, gives read-write or read-only access
 * to each document by role (accessFor), refuses revoked devices and expired invites, and keeps the
 * documents in its SQLite store. POST /committees registers a committee's public key, proven by an invite
 * it signed; POST /committees/<id>/drop-box takes anonymous entries (takeDropBoxUpload).
 */
export function createSyncServer({ store, now = () => new Date(), extensions = [] }: Options): Server {
  const server: Server = new Server({
    quiet: true,
    // The program that runs the server decides what a signal does (electron/sync-server/main.ts).
    stopOnSignals: false,
    debounce: 200,
    extensions: [
      new DatabaseExtension({
        fetch: ({ documentName }) => Promise.resolve(store.state(documentName)),
        store: ({ documentName, state }) => {
          // A store that fails (a full disk) must not end the server: the document stays in memory, is stored
          // whole with its next change, and every device keeps what it sent until then.
          try {
            store.store(documentName, state);
          } catch (error) {
            appLog.failed('sync_store_failed', error, {});
          }
          return Promise.resolve();
        },
      }),
      ...extensions,
    ],
    onRequest: async ({ request, response }) => {
      const dropBoxOf = /^\/committees\/([0-9a-f-]{36})\/drop-box$/.exec(request.url ?? '');
      if (request.method === 'POST' && dropBoxOf !== null) {
        const answer = await takeDropBoxUpload(server, store, request, dropBoxOf[1] ?? '', now(), (name) => documentNow(store, server, name));
        reply(response, answer.status, { code: answer.code });
        throw null; // eslint-disable-line @typescript-eslint/only-throw-error -- Hocuspocus stops the request's other handlers on an empty rejection
      }
      const devicesOf = /^\/committees\/([0-9a-f-]{36})\/devices$/.exec(request.url ?? '');
      if (request.method === 'GET' && devicesOf !== null) {
        // When each device was last seen (the day only), for the coordinator's list of devices.
        const key = store.publicKey(devicesOf[1] ?? '');
        const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
        const check = key === null ? null : inviteToken.check(key, token, now());
        if (check?.ok !== true || check.claims.role !== 'coordinator' || check.claims.committeeId !== devicesOf[1]) reply(response, 403, { code: 'sync_forbidden' });
        else reply(response, 200, { devices: store.seenDevices(check.claims.committeeId) });
        throw null; // eslint-disable-line @typescript-eslint/only-throw-error -- Hocuspocus stops the request's other handlers on an empty rejection
      }
      if (request.method !== 'POST' || request.url !== '/committees') return;
      try {
        const body = await readRequestBytes(request, 10_000);
        const parsed = registration.safeParse(body === null ? null : JSON.parse(body.toString('utf8')));
        if (!parsed.success) reply(response, 400, { code: 'sync_registration_invalid' });
        else {
          const { committeeId, publicKey, token } = parsed.data;
          const proof = inviteToken.check(publicKey, token, now());
          if (!proof.ok || proof.claims.role !== 'coordinator' || proof.claims.committeeId !== committeeId) reply(response, 403, { code: 'sync_registration_unproven' });
          else {
            const outcome = store.register(committeeId, publicKey);
            reply(response, outcome === 'taken' ? 409 : 200, { code: outcome === 'taken' ? 'sync_committee_taken' : `sync_committee_${outcome}` });
          }
        }
      } catch {
        reply(response, 400, { code: 'sync_registration_invalid' });
      }
      // Handled: no default answer after this one.
      throw null; // eslint-disable-line @typescript-eslint/only-throw-error -- Hocuspocus stops the request's other handlers on an empty rejection
    },
    onAuthenticate: ({ token, documentName, connectionConfig }) => {
      const document = parseDocumentName(documentName);
      const committeeId = inviteToken.committeeOf(token);
      const key = committeeId === null ? null : store.publicKey(committeeId);
      const check = key === null ? null : inviteToken.check(key, token, now());
      // Hocuspocus tells the device the error's `reason`, so its screen can say why it was refused.
      const refuse = (reason: string) => {
        appLog.warn('sync_refused', { reason });
        return Promise.reject(Object.assign(new Error(reason), { reason }));
      };
      if (document === null) return refuse('unknown_document');
      if (check === null) return refuse('unknown_committee');
      if (!check.ok) return refuse(check.reason);
      const { claims } = check;
      if (claims.deviceId !== null && revokedDevices(store, server, claims.committeeId).has(claims.deviceId)) return refuse('revoked');
      const access = accessFor(claims, document, document.part === 'ballot' ? roundState(store, server, claims.committeeId, document.roundId) : null);
      if (access === 'none') return refuse('forbidden');
      connectionConfig.readOnly = access === 'read';
      if (claims.deviceId !== null) store.seen(claims.committeeId, claims.deviceId, now());
      return Promise.resolve({ role: claims.role, committeeId: claims.committeeId, deviceId: claims.deviceId });
    },
    onChange: ({ documentName }) => {
      // A device revoked while connected is put out at once, from every document of its committee. A ballot
      // whose round was closed is read-only at once for whoever had it open to write (no dot counts after the
      // close), and that connection is closed so that the device asks again and hears it may only read.
      const accessOf = parseDocumentName(documentName);
      if (accessOf?.part !== 'access') return Promise.resolve();
      const revoked = revokedDevices(store, server, accessOf.committeeId);
      for (const [name, document] of server.hocuspocus.documents) {
        if (!name.startsWith(`${accessOf.committeeId}/`)) continue;
        const ballot = parseDocumentName(name);
        const closed = ballot?.part === 'ballot' && roundState(store, server, accessOf.committeeId, ballot.roundId)?.closed === true;
        for (const connection of document.getConnections()) {
          const context: unknown = connection.context;
          const deviceId = context !== null && typeof context === 'object' && 'deviceId' in context ? context.deviceId : null;
          if (typeof deviceId === 'string' && revoked.has(deviceId)) connection.close({ code: 4403, reason: 'revoked' });
          else if (closed && !connection.readOnly) {
            connection.readOnly = true;
            connection.close({ code: 4409, reason: 'round_closed' });
          }
        }
      }
      return Promise.resolve();
    },
  });
  return server;
}
