import { foundationMigration } from './0001-foundation';

/** Migration n (1-based) brings a database from `user_version` n-1 to n. Append only: never edit a shipped one. */
export const migrations: readonly string[] = [foundationMigration];

export const latestSchemaVersion = migrations.length;
