import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { Workspace } from '../../electron/core/api/workspace';
import { fileDigest } from '../helpers/file-digest';
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
