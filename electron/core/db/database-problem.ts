import { UserError } from '../api/user-error';

/** Why a file cannot be used as the committee's database. Each code has a message under `errors.`. */
export type DatabaseProblemCode =
  | 'db_folder_missing'
  | 'db_folder_read_only'
  | 'db_is_directory'
  | 'db_not_sqlite'
  | 'db_corrupt'
  | 'db_newer_version'
  | 'db_not_workbench'
  | 'db_read_only';

export function databaseProblem(code: DatabaseProblemCode, path: string, params: Record<string, string | number> = {}): UserError {
  return new UserError(code, { path, ...params });
}
