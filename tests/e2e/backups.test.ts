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
    const dbPath = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/settings');
    await page.getByRole('heading', { name: 'Backups' }).waitFor();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backed up to .*-manual\.sqlite\.$/).waitFor();

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
  });
});
