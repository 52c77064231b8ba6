import type { Extension, Server } from '@hocuspocus/server';
import { join } from 'node:path';
import { createSyncServer } from '../../electron/sync-server/create-sync-server';
import { openSyncStore, type SyncStore } from '../../electron/sync-server/sync-store';
import { tempDir } from './temp-dir';

export type RunningServer = { server: Server; store: SyncStore; url: string; dbPath: string; stop: () => Promise<void> };

/** A sync server on 127.0.0.1 and any free port, in this process, with its store in a temporary folder. */
export async function syncServerForTests(extensions: Extension[] = [], dbPath = join(tempDir(), 'sync-server.sqlite')): Promise<RunningServer> {
  const store = openSyncStore(dbPath);
  const server = createSyncServer({ store, extensions });
  server.configuration.address = '127.0.0.1';
  // Any free port (listen(0) would mean "the default port" to Hocuspocus).
  server.configuration.port = 0;
  await server.listen();
  return {
    server,
    store,
    dbPath,
    url: `ws://127.0.0.1:${server.address.port}`,
    stop: async () => {
      await server.destroy();
      store.close();
    },
  };
}
