import { basename, dirname, join } from 'node:path';

/** Automatic backups live beside the database, in a folder named after it: committee.sqlite.backups. */
export function backupFolder(databasePath: string): string {
  return join(dirname(databasePath), `${basename(databasePath)}.backups`);
}
