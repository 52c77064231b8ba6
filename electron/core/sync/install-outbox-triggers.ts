import type Database from 'better-sqlite3';
import type { SyncedTable } from './synced-table';

/**
 * TEMP triggers that note every row a write touches in sync_outbox, inside the write's own transaction, so
 * that no change can be committed without being shared (created per connection from the live schema, like
 * the audit triggers).
 */
export function installOutboxTriggers(db: Database.Database, tables: readonly SyncedTable[]): void {
  for (const table of tables) {
    const key = (row: 'NEW' | 'OLD') => `json_array(${table.keyColumns.map((column) => `${row}."${column}"`).join(', ')})`;
    // Not INSERT OR IGNORE: the conflict clause of the statement that fires a trigger overrides the trigger's own
    // (an upsert's would make a second note of the same row fail).
    const note = (row: 'NEW' | 'OLD') =>
      `INSERT INTO main.sync_outbox (table_name, record_key) SELECT '${table.name}', ${key(row)} WHERE NOT EXISTS (SELECT 1 FROM main.sync_outbox WHERE table_name = '${table.name}' AND record_key = ${key(row)});`;
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS "sync_${table.name}_insert" AFTER INSERT ON main."${table.name}" BEGIN ${note('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS "sync_${table.name}_update" AFTER UPDATE ON main."${table.name}" BEGIN ${note('OLD')} ${note('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS "sync_${table.name}_delete" AFTER DELETE ON main."${table.name}" BEGIN ${note('OLD')} END;
    `);
  }
}
