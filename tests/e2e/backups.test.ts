import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();

describe('backups in Settings', () => {
  it('backs up, shows what a backup holds, restores it, and the member added meanwhile is gone', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/settings');
    // What the page sends: no request may carry a path, the page only names backups by their id.
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) sent.push(request.postData() ?? '');
    });
    await page.getByRole('heading', { name: 'Backups' }).waitFor();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backed up to .*-manual(-[0-9a-f]+)?\.sqlite\.$/).waitFor();

    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Added After The Backup');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('Added After The Backup was added.').waitFor();

    await page.getByRole('row', { name: /made by hand/ }).getByRole('button', { name: /Restore…/ }).click();
    await page.getByText('9 members').waitFor();
    await expectAccessible(page, 'restore preview');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText(/was restored\. The state before it was backed up/).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Added After The Backup' }).count()).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM member WHERE name = 'Added After The Backup'").pluck().get()).toBe(0);
    db.close();
    await page.getByRole('cell', { name: 'before a restore' }).waitFor();

    expect(sent.filter((body) => body.includes('"backupId"')).length).toBe(2);
    expect(sent.filter((body) => body.includes(dir) || body.includes('"path"'))).toEqual([]);
  });

  it('offers in the browser what works there: back up into the folder, download a backup, and how to open another file', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/settings');
    await page.getByText(`${dbPath}.backups`, { exact: true }).waitFor();
    await page.getByText('The browser cannot show file dialogs: “Back up now” writes into the folder above').waitFor();
    expect(await page.getByRole('button', { name: 'Back up to a file…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Restore from a file…' }).count()).toBe(0);
    // No field anywhere for typing a path.
    expect(await page.getByLabel(/path/i).count()).toBe(0);
    await page.getByText('In the browser, the workbench works on the file that “npm run web” was started with').waitFor();
    await page.getByText('npm run web -- --db <file>', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backed up to .*-manual(-[0-9a-f]+)?\.sqlite\.$/).waitFor();
    const [fileName] = readdirSync(join(dir, 'committee.sqlite.backups')).filter((name) => /-manual(-[0-9a-f]+)?\.sqlite$/.test(name));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('row', { name: /made by hand/ }).getByRole('button', { name: /^Download/ }).click()]);
    expect(download.suggestedFilename()).toBe(`committee-${fileName ?? ''}`);
    expect(readFileSync(await download.path()).equals(readFileSync(join(dir, 'committee.sqlite.backups', fileName ?? '')))).toBe(true);
    await expectAccessible(page, 'settings in the browser (en)');

    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByText('Prohlížeč neumí zobrazit dialogy pro výběr souboru').waitFor();
    await page.getByText('npm run web -- --db <soubor>', { exact: true }).waitFor();
    await expectAccessible(page, 'settings in the browser (cs)');
  });
});
