import type { Server } from '@hocuspocus/server';
import type { IncomingMessage } from 'node:http';
import * as Y from 'yjs';
import { inviteToken } from '../core/sync/invite-token';
import { appLog } from '../core/log/app-log';
import { removesOnlyOwn } from '../core/sync/removes-only-own';
import { readRequestBytes } from '../shared/read-request-bytes';
import type { SyncStore } from './sync-store';

/** The most one upload may carry: a committee's whole drop box, many times over. */
const largest = 8 * 1024 * 1024;

export type UploadAnswer = { status: number; code: string };

/**
 * POST /committees/<id>/drop-box: anonymous entries, as a Yjs update, with the drop box's credential. The
 * credential must be the committee's current one (the `keys` document, which coordinators keep; a revoked
 * device's is refused once replaced). The update is applied through Hocuspocus, so connected coordinators
 * and members receive it at once, and answered only once it is stored.
 */
export async function takeDropBoxUpload(server: Server, store: SyncStore, request: IncomingMessage, committeeId: string, now: Date, documentNow: (name: string) => Y.Doc): Promise<UploadAnswer> {
  const key = store.publicKey(committeeId);
  const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
  const check = key === null ? null : inviteToken.check(key, token, now);
  if (check?.ok !== true || check.claims.role !== 'drop_box' || check.claims.committeeId !== committeeId) return { status: 403, code: 'sync_forbidden' };
  const current = documentNow(`${committeeId}/keys`).getMap('keys').get('dropBox');
  if (typeof current === 'string' && current !== token) return { status: 409, code: 'sync_drop_box_replaced' };
  const update = await readRequestBytes(request, largest);
  if (update === null) return { status: 413, code: 'sync_upload_too_large' };
  const name = `${committeeId}/drop-box`;
  try {
    // Tried on a copy of what the drop box holds first: an update Yjs cannot read, or one that removes or
    // rewrites entries it did not write, is refused before it reaches the document.
    if (!removesOnlyOwn(Y.encodeStateAsUpdate(documentNow(name)), update)) return { status: 400, code: 'sync_upload_invalid' };
  } catch {
    return { status: 400, code: 'sync_upload_invalid' };
  }
  let connection: Awaited<ReturnType<Server['hocuspocus']['openDirectConnection']>> | null = null;
  try {
    connection = await server.hocuspocus.openDirectConnection(name, { dropBox: true });
    let state: Uint8Array = new Uint8Array();
    await connection.transact((document) => {
      Y.applyUpdate(document, update);
      state = Y.encodeStateAsUpdate(document);
    });
    // Stored here as well, so that the answer says it is kept: the store behind Hocuspocus keeps a failure to itself.
    store.store(name, state);
    return { status: 200, code: 'sync_dropped' };
  } catch (error) {
    appLog.failed('sync_store_failed', error, {});
    return { status: 503, code: 'sync_store_failed' };
  } finally {
    await connection?.disconnect();
  }
}
