import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();

describe('plain language and the glossary', () => {
  it('replaces the jargon on every screen when switched on, in both languages, and passes axe', async () => {
    const dbPath = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/settings');
    await page.getByLabel(/^Plain language/).check();
    await page.locator('a[href="#/dashboard"]').click();
    await page.getByText('Share of people supported who had a paid job').first().waitFor();
    expect(await page.getByText('Employment rate', { exact: true }).count()).toBe(0);
    for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings']) {
      await page.locator(`a[href="#/${section}"]`).first().click();
      await page.locator('h1').first().waitFor();
      await expectAccessible(page, `${section} (plain, en)`);
    }
    await page.getByRole('link', { name: 'Glossary', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await page.getByText('Full-time equivalent: staffing counted in full-time posts').waitFor();
    await expectAccessible(page, 'glossary');

    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByRole('heading', { level: 1, name: 'Slovníček' }).waitFor();
    await page.locator('a[href="#/dashboard"]').click();
    await page.getByText('Podíl podporovaných, kteří měli placenou práci').first().waitFor();
    for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings']) {
      await page.locator(`a[href="#/${section}"]`).first().click();
      await expect.poll(() => page.locator(`a[href="#/${section}"]`).first().getAttribute('aria-current')).toBe('page');
      await expectAccessible(page, `${section} (plain, cs)`);
    }
    await page.locator('a[href="#/dashboard"]').first().click();
    await page.reload();
    await page.getByText('Podíl podporovaných, kteří měli placenou práci').first().waitFor();
  });
});
