import Database from 'better-sqlite3';
import { latestSchemaVersion, migrations } from '../../electron/core/db/migrations/migrations';

/**
 * A database as an earlier version of the workbench leaves it, in WAL mode: every migration but the newest,
 * or the first `version` of them (the file's schema version). The caller fills it in, checkpoints and closes
 * it; opening it with the workbench then upgrades it.
 */
export function previousVersionFile(path: string, version = latestSchemaVersion - 1): Database.Database {
  const older = new Database(path);
  older.pragma('journal_mode = WAL');
  migrations.slice(0, version).forEach((migration, index) => {
    older.exec(migration.sql);
    migration.after?.(older);
    older.pragma(`user_version = ${String(index + 1)}`);
  });
  return older;
}
