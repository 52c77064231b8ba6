import { spawn, spawnSync } from 'node:child_process';
import { z } from 'zod';
import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { Workspace } from '../../electron/core/api/workspace';
import { fileDigest } from '../helpers/file-digest';
import { previousVersionFile } from '../helpers/previous-version-file';
import { tempDir } from '../helpers/temp-dir';

/** What the app would show on start-up for a file, seen by an unprivileged user when running as root. */
function statusAsOtherUser(path: string): string {
  const script = `import { Workspace } from './electron/core/api/workspace.ts'; console.log(JSON.stringify(new Workspace(${JSON.stringify(path)}).status()));`;
  const tsx = ['--eval', script];
  const result =
    process.getuid?.() === 0
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'node_modules/.bin/tsx', ...tsx], { encoding: 'utf8', env: { ...process.env, HOME: '/tmp' } })
      : spawnSync('node_modules/.bin/tsx', tsx, { encoding: 'utf8' });
  return result.stdout.trim() || result.stderr;
}

describe('start-up with a file the app cannot write', () => {
  it('shows the recovery screen for a read-only database and changes no file', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', path])).exitCode).toBe(0);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    const before = fileDigest(path);
    const status = statusAsOtherUser(path);
    chmodSync(dir, 0o755);
    expect(JSON.parse(status)).toMatchObject({ status: 'problem', problem: { code: 'db_folder_read_only' } });
    expect(fileDigest(path)).toBe(before);
    // The same file in a writable place opens normally: the refusal was about permissions, not the data.
    const workspace = new Workspace(path);
    expect(workspace.status().status).toBe('ready');
    workspace.close();
  });
});

/**
 * Opens the file in a child process whose writes stop at 4 KiB (RLIMIT_FSIZE, set with prlimit once the
 * code is loaded, so only the workbench's own writes are limited): to the app, a disk that is full.
 */
function statusWithFullDisk(path: string): Promise<string> {
  const script = [
    "import { Workspace } from './electron/core/api/workspace.ts';",
    "process.on('SIGXFSZ', () => {});",
    // tsx runs the script in a process of its own: the limit goes to that one, by the pid it reports.
    "process.stdout.write(`loaded ${process.pid}\\n`);",
    `process.stdin.once('data', () => { console.log(JSON.stringify(new Workspace(${JSON.stringify(path)}).status())); process.exit(0); });`,
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['--eval', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const loaded = /^loaded (\d+)\n$/.exec(output);
      if (loaded?.[1] !== undefined) {
        const limited = spawnSync('prlimit', ['--pid', loaded[1], '--fsize=4096:4096']);
        if (limited.status !== 0) reject(new Error(`prlimit failed: ${limited.stderr.toString()}`));
        child.stdin.write('go\n');
      }
    });
    child.once('exit', () => resolve(output.replace(/^loaded \d+\n/, '').trim()));
  });
}

describe('start-up on a full disk', () => {
  it('shows the recovery screen when the upgrade of an older file cannot be written, and changes no file', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    // A file written by the previous version: every migration but the newest, and a committee in it.
    const older = previousVersionFile(path);
    older.prepare("INSERT INTO committee (id, name, region, language, created_at, updated_at) VALUES ('c', 'Výbor', 'Kraj', 'cs', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
    older.pragma('wal_checkpoint(TRUNCATE)');
    older.close();
    const before = fileDigest(path);
    const status = z.object({ status: z.string(), problem: z.object({ code: z.string() }).optional() }).parse(JSON.parse(await statusWithFullDisk(path)));
    // SQLite reports the refused write as an I/O error, Node's file writes as a full disk: both lead to the recovery screen.
    expect(status.status).toBe('problem');
    expect(status.problem?.code).toMatch(/^disk_(full|error)$/);
    expect(fileDigest(path)).toBe(before);
    expect(readdirSync(dir).filter((name) => name !== 'committee.sqlite' && name !== 'backups')).toEqual([]);
    // With room on the disk, the same file is upgraded and opens.
    const workspace = new Workspace(path);
    expect(workspace.status().status).toBe('ready');
    workspace.close();
  });
});
