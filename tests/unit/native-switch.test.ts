import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqlite } from '../../electron/core/db/open-sqlite';
import { electronSqliteBinding } from '../../electron/main/electron-sqlite-binding';
import { tempDir } from '../helpers/temp-dir';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'native-for.mjs');

/** A project of its own: an installed "Node.js build", Electron's version, and a stand-in for electron-rebuild. */
function project(electronVersion: string) {
  const root = tempDir();
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', '{}');
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: electronVersion }));
  write('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'the Node.js build');
  // Builds in place, as electron-rebuild does; with FAIL set, writes half a build and fails.
  write('fake-rebuild.mjs', "import { writeFileSync } from 'node:fs'; writeFileSync('node_modules/better-sqlite3/build/Release/better_sqlite3.node', process.env.FAIL ? 'half' : 'the Electron build'); process.exit(process.env.FAIL ? 1 : 0);");
  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [script, 'electron'], { cwd: root, encoding: 'utf8', env: { ...process.env, WORKBENCH_ROOT: root, WORKBENCH_ELECTRON_REBUILD: `${process.execPath} fake-rebuild.mjs`, ...env } });
  const installed = () => readFileSync(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8');
  return { root, run, installed };
}

afterEach(() => vi.unstubAllEnvs());

describe('switching better-sqlite3 between Node.js and Electron', () => {
  it('builds for Electron once, apart, and leaves the Node.js build in place', () => {
    const { root, run, installed } = project('45.1.0');
    expect(run().status).toBe(0);
    expect(installed()).toBe('the Node.js build');
    const built = electronSqliteBinding(root, false, '45.1.0');
    expect(built).not.toBeNull();
    expect(readFileSync(built ?? '', 'utf8')).toBe('the Electron build');
    // A second start builds nothing: a rebuild that would fail is never run.
    const again = run({ FAIL: '1' });
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('Building better-sqlite3');
    expect(installed()).toBe('the Node.js build');
  });

  it('puts the Node.js build back when the Electron build fails, and keeps nothing half-built', () => {
    const { root, run, installed } = project('45.2.0');
    const result = run({ FAIL: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('electron-rebuild failed');
    expect(installed()).toBe('the Node.js build');
    expect(electronSqliteBinding(root, false, '45.2.0')).toBeNull();
    expect(existsSync(join(root, 'node_modules', '.workbench-native', 'electron-45.2.0', 'better_sqlite3.node.node-build'))).toBe(false);
  });

  it('is used by the desktop app only when started from source', () => {
    const { root, run } = project('45.3.0');
    expect(run().status).toBe(0);
    expect(electronSqliteBinding(root, true, '45.3.0')).toBeNull();
    expect(electronSqliteBinding(root, false, '45.4.0')).toBeNull();
  });

  it('opens every connection with the build the main process names', () => {
    const real = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    vi.stubEnv('WORKBENCH_SQLITE_BINDING', real);
    const db = openSqlite(':memory:');
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
    vi.stubEnv('WORKBENCH_SQLITE_BINDING', join(tempDir(), 'missing.node'));
    expect(() => openSqlite(':memory:')).toThrow();
  });
});
