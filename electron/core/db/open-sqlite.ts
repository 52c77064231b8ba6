import Database from 'better-sqlite3';

/**
 * Every SQLite connection of the workbench, in one place: in the desktop app started from a source
 * checkout, better-sqlite3's Electron build lives beside the Node.js one (scripts/native-for.mjs), and the
 * main process names it in WORKBENCH_SQLITE_BINDING, which worker threads inherit. Otherwise the build
 * installed in node_modules is the one, as in the tests, the CLI, the browser mode and the installed app.
 */
export function openSqlite(file: string | Buffer, options: Database.Options = {}): Database.Database {
  const binding = process.env.WORKBENCH_SQLITE_BINDING;
  return new Database(file, binding === undefined || binding === '' ? options : { ...options, nativeBinding: binding });
}
