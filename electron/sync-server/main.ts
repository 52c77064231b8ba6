import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSyncServer } from './create-sync-server';
import { listenOn } from './listen-on';
import { backUpServer } from './server-backups';
import { openSyncStore } from './sync-store';

const usage = 'Usage: npm run sync-server -- --data <folder> [--port <number>] [--host <address>]';

function main(): void {
  let values: { data?: string; port?: string; host?: string };
  try {
    ({ values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
  const port = Number(values.port ?? '1234');
  if (values.data === undefined || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(usage);
    process.exit(2);
  }
  // Everything the server keeps is one SQLite file in its data folder (back the folder up like the app's files).
  const folder = resolve(values.data);
  mkdirSync(folder, { recursive: true });
  const store = openSyncStore(join(folder, 'sync-server.sqlite'));
  const server = createSyncServer({ store });
  // Backed up at start and once a day, like the app's files (backups/ in the data folder).
  const backUp = () =>
    backUpServer(store, folder).then(
      () => undefined,
      (error: unknown) => {
        console.error(`The sync server could not back up its data: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  const daily = setInterval(() => void backUp(), 24 * 3600 * 1000);
  daily.unref();
  // 127.0.0.1 unless told otherwise: a committee's server is put on the network on purpose, behind TLS.
  const host = values.host ?? '127.0.0.1';
  // The first backup is made before the server takes any connection.
  backUp()
    .then(() => listenOn(server, host, port))
    .then(
    (listening) => {
      // Tests wait for this line: it is printed once the server accepts connections.
      console.log(`Sync server ready at ws://${host}:${String(listening)}`);
    },
    (error: unknown) => {
      console.error(`The sync server could not listen on ${host}:${String(port)}: ${error instanceof Error ? error.message : String(error)}`);
      store.close();
      process.exit(1);
    },
  );
  const stop = () => {
    clearInterval(daily);
    void server.destroy().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
