import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncStore } from './sync-store';

/** How many of the server's backups are kept: two weeks of daily ones. */
const kept = 14;

/**
 * The server's data is backed up as the app's is: with SQLite's online backup (a consistent copy while the
 * server runs), into `backups/` in its data folder, at start and once a day, the oldest removed beyond
 * fourteen. Each copy is whole: committees' keys, documents, devices last seen. Returns the new file.
 */
export async function backUpServer(store: SyncStore, folder: string, now = new Date()): Promise<string> {
  const backups = join(folder, 'backups');
  mkdirSync(backups, { recursive: true });
  const path = join(backups, `sync-server-${now.toISOString().replace(/[-:.]/g, '')}.sqlite`);
  await store.backup(path);
  const old = readdirSync(backups)
    .filter((name) => /^sync-server-\d{8}T\d{9}Z\.sqlite$/.test(name))
    .sort()
    .reverse()
    .slice(kept);
  for (const name of old) rmSync(join(backups, name), { force: true });
  return path;
}
