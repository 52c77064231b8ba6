import { request as plainRequest } from 'node:http';
import { request as tlsRequest } from 'node:https';

/** How an upload to the drop box ended: taken; refused for a credential replaced since; refused; or no answer. */
export type DropBoxOutcome = 'delivered' | 'stale' | 'refused' | 'unreachable';

/**
 * Sends anonymous entries (a Yjs update of the drop box) to the sync server with the drop box's credential.
 * An upload, not a connection: the credential cannot read what others dropped, and each upload goes on a
 * connection of its own (no shared agent), never on one that carried this device's own credential.
 */
export function uploadToDropBox(web: string, committeeId: string, token: string, update: Uint8Array): Promise<DropBoxOutcome> {
  const url = new URL(`${web}/committees/${committeeId}/drop-box`);
  const send = url.protocol === 'https:' ? tlsRequest : plainRequest;
  return new Promise((resolve) => {
    const request = send(url, {
      method: 'POST',
      agent: false,
      timeout: 30_000,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream', 'Content-Length': update.byteLength },
    });
    request.on('response', (response) => {
      response.resume();
      const status = response.statusCode ?? 0;
      if (status === 200) resolve('delivered');
      else if (status === 409) resolve('stale');
      else if (status === 400 || status === 403 || status === 413) resolve('refused');
      // A server that could not store it now (a full disk) or a proxy in between: tried again later.
      else resolve('unreachable');
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve('unreachable'));
    request.end(Buffer.from(update));
  });
}
