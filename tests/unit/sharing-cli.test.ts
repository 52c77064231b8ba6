import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { syncServerForTests, type RunningServer } from '../helpers/sync-server-for-tests';
import { tempDir } from '../helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');
const servers: RunningServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

/** The CLI as a program of its own, with `input` on its standard input (the server runs in this process, so it must not block). */
function cliWithInput(args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'cli.mjs'), ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('sharing from the command line', () => {
  it('shares, invites, joins with the invite on standard input, syncs, lists and revokes devices', async () => {
    const server = await syncServerForTests();
    servers.push(server);
    const coordinatorDb = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['demo', coordinatorDb])).exitCode).toBe(0);
    const db = openWorkbenchDatabase(coordinatorDb);
    const memberId = String(db.prepare("SELECT id FROM member WHERE role = 'member' AND active_to IS NULL ORDER BY name LIMIT 1").pluck().get());
    db.close();

    expect((await runCli(['share', coordinatorDb])).stderr).toContain('--server is required.');
    const shared = await runCli(['share', coordinatorDb, '--server', server.url]);
    expect(shared.exitCode).toBe(0);
    expect(shared.stdout).toContain(`Shared the committee through ${server.url}`);
    expect((await runCli(['invite', coordinatorDb, '--member', 'nobody'])).stderr).toContain('--member is missing or invalid.');
    const invited = await runCli(['invite', coordinatorDb, '--member', memberId, '--days', '7']);
    expect(invited.exitCode).toBe(0);
    const code = invited.stdout.split('\n')[0] ?? '';
    expect(code).toMatch(/^IPSW1-/);

    const memberDb = join(tempDir(), 'member.sqlite');
    const refused = await cliWithInput(['join', memberDb, '--invite', '-'], '');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('No invite came on standard input.');
    expect(existsSync(memberDb)).toBe(false);
    const joined = await cliWithInput(['join', memberDb, '--invite', '-'], `${code}\n`);
    expect(joined.stderr).toBe('');
    expect(joined.status).toBe(0);
    expect(joined.stdout).toContain(`${memberDb} holds the committee`);
    expect((await runCli(['sync', memberDb])).exitCode).toBe(0);

    const devices = await runCli(['devices', coordinatorDb]);
    expect(devices.exitCode).toBe(0);
    const memberLine = devices.stdout.split('\n').find((line) => !line.includes('(this device)')) ?? '';
    expect(memberLine).toContain(`last seen ${new Date().toISOString().slice(0, 10)}`);
    const deviceId = memberLine.split('\t')[0] ?? '';
    expect((await runCli(['revoke', coordinatorDb, '--device', deviceId])).stdout).toContain(`Revoked device ${deviceId}`);
    const after = await runCli(['sync', memberDb]);
    expect(after.exitCode).toBe(1);
    expect(after.stderr).toContain('a coordinator has revoked it');
  });
});
