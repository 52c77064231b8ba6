import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { createBackup } from '../../electron/core/backup/create-backup';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();
const minutes = 'These are the minutes, not a database.';

describe('a database that cannot be used', () => {
  it('shows the recovery screen, changes nothing, says how to open another file in the browser, and restores a backup', async () => {
    const dir = tempDir();
    const bad = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', bad])).exitCode).toBe(0);
    const db = openWorkbenchDatabase(bad);
    await createBackup(db, bad, 'manual');
    db.close();
    writeFileSync(bad, minutes);
    const before = fileDigest(bad);

    const { page } = await session.open(bad);
    await page.getByRole('heading', { name: 'This database cannot be opened' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('is not a workbench database');
    // The browser has no dialogs: no path to type, but the way to start again on another file.
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByText('To open another file or start a new one, stop “npm run web” in its terminal (Ctrl+C) and start it again with that file:').waitFor();
    await page.getByText('npm run web -- --db <file>', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Restore from a file…' }).count()).toBe(0);
    await expectAccessible(page, 'recovery (en)');
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByText('ukončete „npm run web“ v jeho terminálu (Ctrl+C) a spusťte ho znovu s tímto souborem:', { exact: false }).waitFor();
    await page.getByText('npm run web -- --db <soubor>', { exact: true }).waitFor();
    await expectAccessible(page, 'recovery (cs)');
    expect(fileDigest(bad)).toBe(before);

    await page.getByRole('button', { name: /^Obnovit tuto zálohu/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Přehled' }).waitFor();
    const kept = readdirSync(dir).find((name) => name.startsWith('committee.sqlite.unusable-'));
    expect(kept).toBeDefined();
    expect(readFileSync(join(dir, kept ?? ''), 'utf8')).toBe(minutes);
  });
});

describe('the browser mode token', () => {
  it('lives in the tab, not in a cookie or the address, and goes with every API request in a header', async () => {
    const { page, app } = await session.open(join(tempDir(), 'committee.sqlite'), null);
    const apiRequests: Record<string, string>[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) apiRequests.push(request.headers());
    });
    await page.goto(app.address('#/settings'));
    await page.getByRole('heading', { name: 'Welcome to the IPS Steering Workbench' }).waitFor();
    expect(page.url()).toBe(`${app.origin}/#/settings`);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => sessionStorage.getItem('workbench.token'))).toBe(app.token);
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to the IPS Steering Workbench' }).waitFor();
    expect(apiRequests.length).toBeGreaterThan(1);
    for (const headers of apiRequests) {
      expect(headers['x-workbench-token']).toBe(app.token);
      expect(headers.cookie).toBeUndefined();
    }
  });

  it('serves the page without it, but no data: the page says to open the printed address', async () => {
    const { page, app } = await session.open(join(tempDir(), 'committee.sqlite'), null);
    const response = await page.goto(`${app.origin}/`);
    expect(response?.status()).toBe(200);
    await page.getByRole('alert').filter({ hasText: 'Open the full address it printed in its terminal' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome to the IPS Steering Workbench' }).count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/getWorkspace', { method: 'POST', body: '{}' })).status);
    expect(status).toBe(403);
    await expectAccessible(page, 'no token');
  });
});
