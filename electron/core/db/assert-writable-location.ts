import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { databaseProblem } from './database-problem';

/** Refuses a location where the database or its companion files could not be written. */
export function assertWritableLocation(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw databaseProblem('db_folder_missing', path, { folder });
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    // WAL keeps two companion files beside the database, so the folder itself must be writable.
    throw databaseProblem('db_folder_read_only', path, { folder });
  }
  if (existsSync(path)) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw databaseProblem('db_read_only', path);
    }
  }
}
