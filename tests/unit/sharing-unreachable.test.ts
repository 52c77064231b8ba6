import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createPlainServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveSharing } from '../../electron/core/sync/save-sharing';
import { deviceSyncs } from '../../electron/core/sync/device-syncs';
import { sharingSecrets } from '../../electron/core/sync/sharing-secrets';
import { syncOnce } from '../../electron/core/sync/sync-once';
import { networkFailure } from '../../electron/core/sync/network-failure';
import { committeeDb } from '../helpers/committee-db';
import { tempDir } from '../helpers/temp-dir';
import { userErrorOfAsync } from '../helpers/user-error-of';

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function listening(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A committee shared (as far as this device knows) through `serverUrl`, which the test makes fail one way or another. */
function deviceFor(serverUrl: string) {
  const { db, path, coordinatorId } = committeeDb();
  const committeeId = String(db.prepare('SELECT id FROM committee').pluck().get());
  db.transaction(() => saveSharing(db, { committeeId, serverUrl, deviceId: '00000000-0000-4000-8000-000000000001', memberId: coordinatorId, role: 'coordinator' })).immediate();
  sharingSecrets.write(path, { committeeKey: null, token: 'a.b', dropBoxToken: null });
  deviceSyncs.attach(db);
  return { db, path };
}

describe('a sync server that cannot be reached', () => {
  it('tells apart nothing listening, a refused certificate and another service answering', async () => {
    const closed = await listening(createPlainServer());
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const page = await listening(createPlainServer((_request, response) => response.writeHead(404).end('Not the sync server')));
    const cases: [string, string][] = [
      [`ws://127.0.0.1:${String(closed)}`, 'sync_offline_refused'],
      [`ws://127.0.0.1:${String(page)}`, 'sync_offline_http'],
    ];
    // A certificate this computer does not trust, made for the test (openssl is part of every Debian system).
    const folder = tempDir();
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const tls = await listening(createTlsServer({ key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) }));
    cases.push([`wss://127.0.0.1:${String(tls)}`, 'sync_offline_tls']);
    for (const [url, code] of cases) {
      const device = deviceFor(url);
      try {
        const error = await userErrorOfAsync(() => syncOnce(device.db, device.path, 20_000));
        expect({ url, code: error.code, server: error.params.server }).toEqual({ url, code, server: url });
      } finally {
        deviceSyncs.detach(device.db);
        device.db.close();
      }
    }
  });

  it('reads a name not found from the resolver’s error, and says "offline" and no more when the network is simply away', () => {
    // The resolver's own error, not a lookup: this machine's answer to an unknown name may take a while or never come.
    expect(networkFailure(Object.assign(new Error('getaddrinfo ENOTFOUND sync.invalid'), { code: 'ENOTFOUND' }))).toBe('dns');
    expect(networkFailure(Object.assign(new Error('getaddrinfo EAI_AGAIN sync.example.org'), { code: 'EAI_AGAIN' }))).toBe('dns');
    expect(networkFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBeNull();
    expect(networkFailure('not an error')).toBeNull();
  });
});
