import type Database from 'better-sqlite3';
import { DeviceSync } from './device-sync';
import { readSharing } from './sharing';

const attached = new WeakMap<Database.Database, DeviceSync>();

/**
 * The sharing engine of each open connection: attached when a shared database is opened (before its
 * first write, so every write is shared) or when the committee is first shared or joined.
 */
export const deviceSyncs = {
  attach(db: Database.Database): DeviceSync | null {
    const known = attached.get(db);
    if (known !== undefined) return known;
    const sharing = readSharing(db);
    if (sharing === null) return null;
    const engine = new DeviceSync(db, sharing);
    attached.set(db, engine);
    return engine;
  },
  detach(db: Database.Database): void {
    attached.get(db)?.detach();
    attached.delete(db);
  },
  of(db: Database.Database): DeviceSync | null {
    return attached.get(db) ?? null;
  },
};
