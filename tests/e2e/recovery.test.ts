import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();

describe('a database that cannot be used', () => {
  it('shows the recovery screen, changes nothing, and lets the user open a good file', async () => {
    const dir = tempDir();
    const bad = join(dir, 'committee.sqlite');
    writeFileSync(bad, 'These are the minutes, not a database.');
    const before = fileDigest(bad);
    const good = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', good])).exitCode).toBe(0);

    const { page } = await session.open(bad);
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
    const { page, app } = await session.open(join(tempDir(), 'committee.sqlite'), null);
    const response = await page.goto(app.origin + '/');
    expect(response?.status()).toBe(403);
    expect(await page.textContent('body')).toContain('token');
  });
});
