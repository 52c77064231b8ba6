/** The lock file beside a database (committee.sqlite.lock): present while a program writes to the file. */
export function writeLockPath(databasePath: string): string {
  return `${databasePath}.lock`;
}
