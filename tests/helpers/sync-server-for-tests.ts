import type { Extension, Server } from '@hocuspocus/server';
import { join } from 'node:path';
import { createSyncServer } from '../../electron/sync-server/create-sync-server';
import { listenOn } from '../../electron/sync-server/listen-on';
import { openSyncStore, type SyncStore } from '../../electron/sync-server/sync-store';
import { tempDir } from './temp-dir';

export type RunningServer = { server: Server; store: SyncStore; url: string; dbPath: string; stop: () => Promise<void> };

/** A sync server on 127.0.0.1 and any free port (or `port`), in this process, with its store in a temporary folder (or `dbPath`). */
export async function syncServerForTests(extensions: Extension[] = [], dbPath = join(tempDir(), 'sync-server.sqlite'), port = 0): Promise<RunningServer> {
  const store = openSyncStore(dbPath);
  const server = createSyncServer({ store, extensions });
  // Any free port unless told; a restart takes the same one.
  await listenOn(server, '127.0.0.1', port);
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
