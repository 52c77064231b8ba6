import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');

function cli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'cli.mjs'), ...args], { cwd: root, encoding: 'utf8', env });
}

describe('npm run cli', () => {
  it('runs the bundled CLI: no TypeScript compiler on the path, and the same answers', () => {
    // Without node_modules/.bin on the path, tsx cannot be what runs the CLI.
    const result = cli(['help'], { ...process.env, PATH: '/usr/bin:/bin' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run cli -- <command> [options]');
    const db = join(tempDir(), 'committee.sqlite');
    expect(cli(['demo', db]).status).toBe(0);
    const figures = cli(['figures', db, '--period', '2026-H1']);
    expect(figures.stdout).toMatch(/referrals\s+\d+/);
  });

  it('keeps the exit status and the message of a command that fails', () => {
    const result = cli(['figures', join(tempDir(), 'missing.sqlite'), '--period', '2026-H5']);
    // 2: the command was used wrongly, as the CLI says from source.
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--period takes a half-year (2026-H1), a year (2026) or a quarter (2026-Q3).');
  });

  it('remembers that better-sqlite3 fits this Node.js, so the next call probes nothing', () => {
    expect(cli(['help']).status).toBe(0);
    const binary = statSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    // This Node.js's ABI, and the very build checked (a build replaced since counts as unchecked).
    expect(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'workbench-runtime.txt'), 'utf8').trim()).toBe(`node ${process.versions.modules} ${binary.size} ${Math.round(binary.mtimeMs)}`);
  });
});
