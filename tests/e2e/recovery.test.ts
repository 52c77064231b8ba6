import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { openBrowser, startWeb, type Browser, type WebApp } from './helpers/web-app';

let app: WebApp | undefined;
let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  await app?.stop();
  browser = undefined;
  app = undefined;
});

describe('a database that cannot be used', () => {
  it('shows the recovery screen, changes nothing, and lets the user open a good file', async () => {
    const dir = tempDir();
    const bad = join(dir, 'committee.sqlite');
    writeFileSync(bad, 'These are the minutes, not a database.');
    const before = fileDigest(bad);
    const good = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', good])).exitCode).toBe(0);

    app = await startWeb(bad);
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'This database cannot be opened' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('is not a workbench database');
    await expectAccessible(page, 'recovery');

    await page.getByLabel('Path of a database file on this computer').fill(join(dir, 'missing.sqlite'));
    await page.getByRole('button', { name: 'Open this file' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringContaining('There is no workbench database'));

    await page.getByLabel('Path of a database file on this computer').fill(good);
    await page.getByRole('button', { name: 'Open this file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(fileDigest(bad)).toBe(before);
    expect(readFileSync(bad, 'utf8')).toBe('These are the minutes, not a database.');
  });

  it('does not serve the app without the token', async () => {
    app = await startWeb(join(tempDir(), 'committee.sqlite'));
    browser = await openBrowser();
    const response = await browser.page.goto(app.origin + '/');
    expect(response?.status()).toBe(403);
    expect(await browser.page.textContent('body')).toContain('token');
  });
});
