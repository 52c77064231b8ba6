import type Database from 'better-sqlite3';
import { foundationMigration } from './0001-foundation';
import { quarterlyDataMigration, rekeyServiceNames } from './0002-quarterly-data';
import { barriersMigration } from './0003-barriers';
import { fidelityMigration } from './0004-fidelity';
import { auditTrailMigration } from './0005-audit-trail';
import { meetingsMigration } from './0006-meetings';
import { feedbackMigration } from './0007-feedback';
import { reportsMigration } from './0008-reports';
import { addressFormAndReviewIntervalMigration } from './0009-address-form-and-review-interval';
import { anonymousWithoutTracesMigration } from './0010-anonymous-without-traces';
import { importGroupsMigration } from './0011-import-groups';
import { anyLanguageMigration } from './0012-any-language';
import { sharingMigration } from './0013-sharing';
import { ballotsCastMigration } from './0014-ballots-cast';

/**
 * SQL, plus a step in code where SQL cannot do the job (Unicode-aware lower case, for example).
 * `rewriteFile`: once the migration is committed, the whole file is rewritten (VACUUM) and its log emptied,
 * so that content earlier versions deleted without overwriting does not stay readable in free pages.
 */
export type Migration = { sql: string; after?: (db: Database.Database) => void; rewriteFile?: true };

/** Migration n (1-based) brings a database from `user_version` n-1 to n. Append only: never edit a shipped one. */
export const migrations: readonly Migration[] = [
  { sql: foundationMigration },
  { sql: quarterlyDataMigration, after: rekeyServiceNames },
  { sql: barriersMigration },
  { sql: fidelityMigration },
  { sql: auditTrailMigration },
  { sql: meetingsMigration },
  { sql: feedbackMigration },
  { sql: reportsMigration },
  { sql: addressFormAndReviewIntervalMigration },
  { sql: anonymousWithoutTracesMigration, rewriteFile: true },
  { sql: importGroupsMigration },
  { sql: anyLanguageMigration },
  { sql: sharingMigration },
  { sql: ballotsCastMigration },
];

export const latestSchemaVersion = migrations.length;
