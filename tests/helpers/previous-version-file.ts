import Database from 'better-sqlite3';
import { latestSchemaVersion, migrations } from '../../electron/core/db/migrations/migrations';

/**
 * A database as the previous version of the workbench leaves it: every migration but the newest, in WAL mode.
 * The caller fills it in, checkpoints and closes it; opening it with the workbench then upgrades it.
 */
export function previousVersionFile(path: string): Database.Database {
  const older = new Database(path);
  older.pragma('journal_mode = WAL');
  migrations.slice(0, latestSchemaVersion - 1).forEach((migration, index) => {
    older.exec(migration.sql);
    migration.after?.(older);
    older.pragma(`user_version = ${String(index + 1)}`);
  });
  return older;
}
