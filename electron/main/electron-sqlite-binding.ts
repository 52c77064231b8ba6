import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron build of better-sqlite3 for the desktop app started from a source checkout: made once by
 * scripts/native-for.mjs and kept beside the Node.js build, which the tests, the CLI and the browser mode
 * load. Null in the installed app, whose node_modules electron-builder rebuilt for Electron.
 */
export function electronSqliteBinding(appRoot: string, isPackaged: boolean, electronVersion: string): string | null {
  if (isPackaged) return null;
  const built = join(appRoot, 'node_modules', '.workbench-native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(built) ? built : null;
}
