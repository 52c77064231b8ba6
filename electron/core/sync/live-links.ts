import type Database from 'better-sqlite3';
import { deviceSyncs } from './device-syncs';
import { sharingSecrets } from './sharing-secrets';
import { SyncLink } from './sync-link';

type Running = { db: Database.Database; link: SyncLink };

let running: Running | null = null;

/**
 * The desktop app's and the browser mode's standing connection to the sync server, for the file that is
 * open now: started the first time the screen asks how sharing stands, stopped when another file is opened
 * (or this one closed). The command line makes single exchanges instead (syncOnce).
 */
export const liveLinks = {
  for(db: Database.Database, databasePath: string): SyncLink | null {
    if (running !== null && (running.db !== db || !running.db.open)) liveLinks.stop();
    if (running !== null) return running.link;
    const engine = deviceSyncs.of(db);
    const secrets = sharingSecrets.read(databasePath);
    if (engine === null || secrets === null) return null;
    const link = new SyncLink(engine, databasePath);
    link.start();
    running = { db, link };
    return link;
  },
  stop(): void {
    running?.link.stop();
    running = null;
  },
};
