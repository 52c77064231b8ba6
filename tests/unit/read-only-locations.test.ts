import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

/**
 * Root may write anywhere, so as root the CLI is run as the unprivileged user "nobody" (setpriv); as any
 * other user the folder is simply made read-only.
 */
async function cliWithoutWriteAccess(args: string[]): Promise<{ status: number | null; stderr: string }> {
  if (process.getuid?.() === 0) {
    const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'node_modules/.bin/tsx', 'electron/cli/main.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, HOME: '/tmp' },
    });
    return { status: result.status, stderr: result.stderr };
  }
  const outcome = (await runCli(args));
  return { status: outcome.exitCode, stderr: outcome.stderr };
}

describe('locations without write permission', () => {
  it('refuses to create a database in a folder that cannot be written to', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o555);
    const result = await cliWithoutWriteAccess(['init', join(dir, 'new.sqlite'), '--committee', 'A', '--region', 'B']);
    chmodSync(dir, 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot be written to/);
    expect(existsSync(join(dir, 'new.sqlite'))).toBe(false);
  });

  it('reads a database in a read-only folder for check, without changing it', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', db])).exitCode).toBe(0);
    const before = fileDigest(db);
    chmodSync(dir, 0o555);
    const result = await cliWithoutWriteAccess(['check', db]);
    chmodSync(dir, 0o755);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(fileDigest(db)).toBe(before);
  });

  it('refuses to open a database it may not write for export, without changing it', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', db])).exitCode).toBe(0);
    chmodSync(dir, 0o555);
    chmodSync(db, 0o444);
    const before = fileDigest(db);
    const result = await cliWithoutWriteAccess(['export', db, '--out', '/tmp/never-written.json']);
    chmodSync(dir, 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot be written to|read-only/);
    expect(fileDigest(db)).toBe(before);
  });
});
