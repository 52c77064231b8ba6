import type Database from 'better-sqlite3';
import { readSchema } from './read-schema';
import { referenceSchema } from './reference-schema';

/**
 * How a database's schema differs from what the workbench's migrations make at its version, one line per
 * table, index, trigger or view; empty when it is the workbench's own. A file that merely claims the
 * version (user_version) has no tables, or other ones, and is told apart here.
 */
export function schemaDifferences(db: Database.Database, version: number): string[] {
  const expected = referenceSchema(version);
  const found = readSchema(db);
  const differences: string[] = [];
  for (const [name, shape] of expected) {
    const actual = found.get(name);
    if (actual === undefined) differences.push(`${name} is missing`);
    else if (actual !== shape) differences.push(`${name} is not as the workbench makes it: (${actual}) instead of (${shape})`);
  }
  for (const name of found.keys()) if (!expected.has(name)) differences.push(`${name} is not one of the workbench's`);
  return differences;
}
