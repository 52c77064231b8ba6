import Database from 'better-sqlite3';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../electron/cli/run-cli';
import { errorMessage } from '../../electron/cli/error-message';
import { Workspace } from '../../electron/core/api/workspace';
import { UserError } from '../../electron/core/api/user-error';
import { backupFolder } from '../../electron/core/backup/backup-folder';
import { writeLockPath } from '../../electron/core/db/write-lock-path';
import cs from '../../resources/locales/cs/ui.json';
import en from '../../resources/locales/en/ui.json';
import { fileDigest } from '../helpers/file-digest';
import { fixturePath } from '../helpers/fixture';
import { tempDir } from '../helpers/temp-dir';
import { userErrorOf } from '../helpers/user-error-of';

type Child = {
  pid: number;
  /** Resolves once the child has printed this line (or one that matches); rejects if it ends first. */
  line: (text: string | RegExp) => Promise<void>;
  send: (text: string) => void;
  stop: () => void;
  ended: Promise<{ code: number | null; output: string }>;
};

const running: ChildProcessWithoutNullStreams[] = [];

afterEach(async () => {
  // A failed test must not leave a program holding a file behind.
  await Promise.all(
    running.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
});

/** Runs TypeScript in a node process of its own (tsx as a loader, so its pid is the one in the lock). */
function start(args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  const waiting: { text: string | RegExp; resolve: () => void }[] = [];
  const printed = (text: string | RegExp) => output.split('\n').some((line) => (typeof text === 'string' ? line === text : text.test(line)));
  const ended = new Promise<{ code: number | null; output: string }>((resolve) => child.once('exit', (code) => resolve({ code, output })));
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const waiter of [...waiting]) {
      if (printed(waiter.text)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return {
    pid: child.pid ?? 0,
    line: (text) =>
      new Promise((resolve, reject) => {
        if (printed(text)) return resolve();
        waiting.push({ text, resolve });
        void ended.then(() => reject(new Error(`ended before printing "${String(text)}":\n${output}`)));
      }),
    send: (text) => child.stdin.write(`${text}\n`),
    stop: () => child.kill('SIGTERM'),
    ended,
  };
}

function script(lines: string[]): string[] {
  return ['--input-type=module', '--eval', lines.join('\n')];
}

/**
 * Another program with the file open, as the browser mode or the desktop app has it: a Workspace, which
 * takes the lock. On stdin it begins and commits a write transaction, closes, or ends without closing.
 */
function holder(path: string, program: 'browser' | 'desktop'): Child {
  return start(
    script([
      "import { Workspace } from './electron/core/api/workspace.ts';",
      `const workspace = new Workspace(${JSON.stringify(path)}, { program: '${program}' });`,
      "if (workspace.status().status !== 'ready') { console.log(JSON.stringify(workspace.status())); process.exit(1); }",
      "console.log('holding');",
      "let rest = '';",
      "process.stdin.on('data', (chunk) => {",
      '  rest += chunk.toString();',
      "  for (let end = rest.indexOf('\\n'); end >= 0; end = rest.indexOf('\\n')) {",
      '    const command = rest.slice(0, end);',
      '    rest = rest.slice(end + 1);',
      "    if (command === 'begin') { workspace.db().exec('BEGIN IMMEDIATE'); console.log('in a transaction'); }",
      "    if (command === 'commit') { workspace.db().exec('COMMIT'); console.log('committed'); }",
      "    if (command === 'close') { workspace.close(); console.log('closed'); }",
      "    if (command === 'exit') process.exit(0);",
      '  }',
      '});',
    ]),
  );
}

const lockRecord = z.object({ program: z.string(), command: z.string().optional(), pid: z.number(), hostname: z.string(), since: z.string() });

function readLock(path: string): z.infer<typeof lockRecord> {
  return lockRecord.parse(JSON.parse(readFileSync(writeLockPath(path), 'utf8')));
}

/** The lock's time as the messages give it: local, to the minute. */
function localMinute(iso: string): string {
  const moment = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(moment.getFullYear())}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

function problemOf(workspace: Workspace): UserError {
  const status = workspace.status();
  if (status.status !== 'problem') throw new Error(`expected a problem, the workspace is ${status.status}`);
  return new UserError(status.problem.code, status.problem.params);
}

async function demo(): Promise<{ dir: string; path: string }> {
  const dir = tempDir();
  const path = join(dir, 'committee.sqlite');
  expect((await runCli(['demo', path])).exitCode).toBe(0);
  return { dir, path };
}

describe('one program writes to a file at a time', () => {
  it('refuses a second workspace on a held file with db_in_use, naming the holder and since when, and writes nothing', async () => {
    const { dir, path } = await demo();
    const first = new Workspace(path, { program: 'desktop' });
    expect(first.status().status).toBe('ready');
    const lock = readLock(path);
    expect(lock).toMatchObject({ program: 'desktop', pid: process.pid, hostname: hostname() });
    const before = fileDigest(path);

    const second = new Workspace(path, { program: 'browser' });
    const problem = problemOf(second);
    expect(problem.code).toBe('db_in_use');
    expect(problem.params).toMatchObject({ program: 'desktop', holder: 'desktop', since: localMinute(lock.since), path, lockFile: writeLockPath(path) });
    // The recovery screen shows errors.<code> with the params through i18next, which fills in the holder's name.
    await i18next.init({ resources: { en: { translation: en }, cs: { translation: cs } }, lng: 'en', interpolation: { escapeValue: false } });
    expect(i18next.t('errors.db_in_use', problem.params)).toBe(
      `${path} is in use by the desktop app on this computer since ${localMinute(lock.since)}, and only one program may write to it at a time. Close it there, or wait until it has finished, and try again. If it is no longer running, delete ${writeLockPath(path)}.`,
    );
    expect(i18next.t('errors.db_in_use', { ...problem.params, lng: 'cs' })).toContain('otevřený k zápisu desktopová aplikace');
    expect(errorMessage(problem)).toBe(i18next.t('errors.db_in_use', problem.params));

    // Nothing the second one is asked to do writes: not a set-up, not a restore.
    expect(userErrorOf(() => second.dbForSetup()).code).toBe('db_in_use');
    const backup = join(dir, 'copy.sqlite');
    expect((await runCli(['backup', path, '--out', backup])).exitCode).toBe(0);
    await expect(second.restoreFrom(backup)).rejects.toMatchObject({ code: 'db_in_use' });
    expect(fileDigest(path)).toBe(before);
    expect(existsSync(backupFolder(path))).toBe(false);
    expect(readLock(path)).toEqual(lock);
    second.close();
    expect(readLock(path)).toEqual(lock);

    // Once the first lets go, the second can restore: the file was only taken, not unusable, so it is
    // backed up first like any open file and not set aside.
    first.close();
    expect(existsSync(writeLockPath(path))).toBe(false);
    expect((await second.restoreFrom(backup))?.reason).toBe('restore');
    expect(readdirSync(dir).filter((name) => name.includes('unusable'))).toEqual([]);
    second.close();

    // A third, refused while the second held the file, opens it as soon as it is asked again after that.
    const third = new Workspace(path, { program: 'browser' });
    expect(third.status().status).toBe('ready');
    const fourth = new Workspace(path, { program: 'browser' });
    expect(problemOf(fourth).code).toBe('db_in_use');
    third.close();
    expect(fourth.status().status).toBe('ready');
    fourth.close();
    second.open(path);
    expect(second.status().status).toBe('ready');
    expect(readLock(path)).toMatchObject({ program: 'browser' });
    second.close();
  });

  it('refuses a command-line import at once, with exit status 1 and a message naming the holder, while another program writes', async () => {
    const { path } = await demo();
    const browser = holder(path, 'browser');
    await browser.line('holding');
    // The holder is inside a write transaction: a command that waited on SQLite would wait until it ends.
    browser.send('begin');
    await browser.line('in a transaction');
    const lock = readLock(path);
    const before = fileDigest(path);
    const cli = start(['electron/cli/main.ts', 'import', path, fixturePath('quarterly-en-utf8-bom.csv')]);
    const { code, output } = await cli.ended;
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      `${path} is in use by the browser mode (npm run web) on this computer since ${localMinute(lock.since)}, and only one program may write to it at a time. Close it there, or wait until it has finished, and try again. If it is no longer running, delete ${writeLockPath(path)}.`,
    );
    expect(fileDigest(path)).toBe(before);
    expect(existsSync(backupFolder(path))).toBe(false);
    browser.send('commit');
    await browser.line('committed');

    // The other commands that write are refused in the same way.
    const copy = join(tempDir(), 'copy.sqlite');
    expect((await runCli(['backup', path, '--out', copy])).exitCode).toBe(0);
    for (const args of [
      ['restore', path, '--from', copy],
      ['report', path, '--period', '2026-H1', '--out', join(tempDir(), 'report.docx')],
      ['import', path, fixturePath('quarterly-en-utf8-bom.csv')],
    ]) {
      const refused = await runCli(args);
      expect(refused.exitCode, args[0]).toBe(1);
      expect(refused.stderr, args[0]).toContain(`is in use by the browser mode (npm run web) on this computer since ${localMinute(lock.since)}`);
    }
    expect(fileDigest(path)).toBe(before);
    expect(readLock(path)).toEqual(lock);
    browser.send('exit');
    expect((await browser.ended).code).toBe(0);
  });

  it('lets the commands that only read work while another program holds the file', async () => {
    const { path } = await demo();
    const file = new Database(path, { readonly: true });
    const heldOn = String(file.prepare('SELECT max(held_on) FROM meeting').pluck().get());
    file.close();
    const desktop = holder(path, 'desktop');
    await desktop.line('holding');
    const lock = readLock(path);
    const out = tempDir();
    for (const args of [
      ['check', path],
      ['export', path, '--out', join(out, 'export.json')],
      ['figures', path, '--period', '2026-H1'],
      ['minutes', path, '--meeting', heldOn, '--out', join(out, 'minutes.docx')],
      ['backup', path, '--out', join(out, 'backup.sqlite')],
      ['report', path, '--period', '2026-H1', '--easy-read', '--out', join(out, 'easy.docx')],
      ['import', path, fixturePath('quarterly-en-utf8-bom.csv'), '--dry-run'],
    ]) {
      const result = await runCli(args);
      expect(result, args.join(' ')).toMatchObject({ exitCode: 0, stderr: '' });
    }
    expect(readLock(path)).toEqual(lock);
    desktop.send('exit');
    await desktop.ended;
  });

  it('takes over a lock whose program was killed, without a word', async () => {
    const { path } = await demo();
    const killed = holder(path, 'browser');
    await killed.line('holding');
    const stale = readLock(path);
    expect(stale).toMatchObject({ program: 'browser', pid: killed.pid });
    process.kill(killed.pid, 'SIGKILL');
    await killed.ended;
    // Killed, it could not clean up: the lock is still there, naming a process that no longer runs.
    expect(readLock(path)).toEqual(stale);

    const workspace = new Workspace(path, { program: 'desktop' });
    expect(workspace.status().status).toBe('ready');
    expect(readLock(path)).toMatchObject({ program: 'desktop', pid: process.pid });
    workspace.close();
    // The command line takes over a stale lock just the same.
    writeFileSync(writeLockPath(path), JSON.stringify({ ...stale, token: 'stale' }));
    expect(await runCli(['import', path, fixturePath('quarterly-en-utf8-bom.csv')])).toMatchObject({ exitCode: 0, stderr: '' });
    expect(existsSync(writeLockPath(path))).toBe(false);
  });

  it('releases the lock on close, when the file is switched, and when the program ends', async () => {
    const { dir, path } = await demo();
    const workspace = new Workspace(path, { program: 'desktop' });
    expect(existsSync(writeLockPath(path))).toBe(true);
    workspace.close();
    expect(existsSync(writeLockPath(path))).toBe(false);

    const other = join(dir, 'other.sqlite');
    expect((await runCli(['demo', other])).exitCode).toBe(0);
    expect(existsSync(writeLockPath(other))).toBe(false);
    const switching = new Workspace(path, { program: 'desktop' });
    switching.open(other);
    expect(existsSync(writeLockPath(path))).toBe(false);
    expect(readLock(other)).toMatchObject({ program: 'desktop' });
    switching.startNew(join(dir, 'new.sqlite'));
    expect(existsSync(writeLockPath(other))).toBe(false);
    switching.close();

    // A program that ends without closing (process.exit) still leaves no lock behind.
    const ending = holder(path, 'browser');
    await ending.line('holding');
    expect(readLock(path)).toMatchObject({ program: 'browser', pid: ending.pid });
    ending.send('exit');
    expect((await ending.ended).code).toBe(0);
    expect(existsSync(writeLockPath(path))).toBe(false);
    // And a command leaves none after it has run.
    expect((await runCli(['import', path, fixturePath('quarterly-en-utf8-bom.csv')])).exitCode).toBe(0);
    expect(existsSync(writeLockPath(path))).toBe(false);
  });

  it('respects a lock from another computer and says which one, and which file to delete if nothing runs there', async () => {
    const { path } = await demo();
    const since = '2026-11-25T09:30:00.000Z';
    writeFileSync(writeLockPath(path), JSON.stringify({ program: 'desktop', pid: 4242, hostname: 'kancelar-pc', since, token: 'elsewhere' }));
    const before = fileDigest(path);
    const workspace = new Workspace(path, { program: 'browser' });
    const problem = problemOf(workspace);
    expect(problem).toMatchObject({ code: 'db_in_use_elsewhere', params: { host: 'kancelar-pc', holder: 'desktop', since: localMinute(since) } });
    expect(errorMessage(problem)).toBe(
      `${path} is in use by the desktop app on the computer “kancelar-pc” since ${localMinute(since)}, and only one program may write to it at a time. Close it there and try again. If no workbench program is running on “kancelar-pc”, delete ${writeLockPath(path)}.`,
    );
    const cli = await runCli(['import', path, fixturePath('quarterly-en-utf8-bom.csv')]);
    expect(cli).toEqual({ exitCode: 1, stdout: '', stderr: errorMessage(problem) });
    expect(fileDigest(path)).toBe(before);

    // A lock file that says nothing readable is not taken over either.
    writeFileSync(writeLockPath(path), 'garbage');
    const unreadable = await runCli(['import', path, fixturePath('quarterly-en-utf8-bom.csv')]);
    expect(unreadable.exitCode).toBe(1);
    expect(unreadable.stderr).toBe(
      `${path} is marked as in use by another workbench program, but its lock file ${writeLockPath(path)} cannot be read. Wait a moment and try again; if no workbench program is using the file, delete ${writeLockPath(path)}.`,
    );
    expect(fileDigest(path)).toBe(before);
    workspace.close();
  });

  it('has the browser mode hold its file while it serves it, and let go when it is stopped', async () => {
    const { path } = await demo();
    const web = start(['electron/web/main.ts', '--db', path, '--port', '0']);
    await web.line(/^Workbench ready at http:\/\/127\.0\.0\.1:\d+\//);
    const lock = readLock(path);
    expect(lock).toMatchObject({ program: 'browser', pid: web.pid });
    const refused = await runCli(['import', path, fixturePath('quarterly-en-utf8-bom.csv')]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain(`is in use by the browser mode (npm run web) on this computer since ${localMinute(lock.since)}`);
    // A second browser mode on the same file says so at once and stops, instead of serving a page that can do nothing.
    const second = start(['electron/web/main.ts', '--db', path, '--port', '0']);
    const ended = await second.ended;
    expect(ended.code).toBe(1);
    expect(ended.output).toContain(`is in use by the browser mode (npm run web) on this computer since ${localMinute(lock.since)}`);
    expect(ended.output).not.toContain('Workbench ready');
    web.stop();
    await web.ended;
    expect(existsSync(writeLockPath(path))).toBe(false);
    expect((await runCli(['import', path, fixturePath('quarterly-en-utf8-bom.csv')])).exitCode).toBe(0);
  });

  it('names every command that can hold a file in words, in both languages', () => {
    const commands = ['init', 'demo', 'import', 'restore', 'report', 'backup', 'export', 'figures', 'minutes'];
    for (const key of ['desktop', 'browser', 'cli', 'workbench', ...commands.map((command) => `cli_${command}`)]) {
      expect(Object.keys(en.lockHolders), key).toContain(key);
      expect(Object.keys(cs.lockHolders), key).toContain(key);
    }
  });
});

describe('the parts of one program', () => {
  it('wait for each other instead of failing: a save waits while another connection commits', async () => {
    const { path } = await demo();
    // Two connections to one file, below the lock (the way two parts of one program share it).
    const writer = start(
      script([
        "import Database from 'better-sqlite3';",
        `const db = new Database(${JSON.stringify(path)});`,
        "db.exec('BEGIN IMMEDIATE');",
        "db.prepare(\"UPDATE committee SET region = 'Pardubický kraj'\").run();",
        "console.log('holding');",
        "process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); console.log('committed'); process.exit(0); });",
      ]),
    );
    await writer.line('holding');
    const saver = start(
      script([
        "import { openWorkbenchDatabase } from './electron/core/db/open-workbench-database.ts';",
        "import { saveMember } from './electron/core/committee/save-member.ts';",
        `const db = openWorkbenchDatabase(${JSON.stringify(path)});`,
        "console.log('trying');",
        'try {',
        "  saveMember(db, { name: 'Waited Patiently', organisation: '', role: 'member', activeFrom: '2026-01-01', activeTo: null }, null);",
        "  console.log('saved');",
        '} catch (error) {',
        "  console.log('failed ' + String(error && error.code));",
        '  process.exitCode = 1;',
        '}',
        'db.close();',
      ]),
    );
    // The saver begins its write right after saying so; the commit first travels through this test and the
    // writer, so by then the save is waiting on the writer (with no busy timeout it would fail at once).
    await saver.line('trying');
    writer.send('commit');
    const saved = await saver.ended;
    expect(saved.output).toContain('saved');
    expect(saved.code).toBe(0);
    expect((await writer.ended).code).toBe(0);
    const file = new Database(path, { readonly: true });
    expect(file.prepare("SELECT count(*) FROM member WHERE name = 'Waited Patiently'").pluck().get()).toBe(1);
    expect(file.prepare('SELECT region FROM committee').pluck().get()).toBe('Pardubický kraj');
    file.close();
  });
});
