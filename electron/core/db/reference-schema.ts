import { migrations } from './migrations/migrations';
import { readSchema } from './read-schema';
import { openSqlite } from './open-sqlite';

const built = new Map<number, Map<string, string>>();

/**
 * The schema the workbench's own migrations produce at a version, built once per version by running
 * migrations 1..version on an empty database in memory. A file of that version must have exactly this.
 */
export function referenceSchema(version: number): Map<string, string> {
  const known = built.get(version);
  if (known !== undefined) return known;
  const db = openSqlite(':memory:');
  try {
    for (const migration of migrations.slice(0, version)) {
      db.exec(migration.sql);
      migration.after?.(db);
    }
    const shape = readSchema(db);
    built.set(version, shape);
    return shape;
  } finally {
    db.close();
  }
}
