import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import project from '../../package.json';
import { tempDir } from '../helpers/temp-dir';
import { apiTracker } from './helpers/api-tracker';
import { expectAccessible } from './helpers/expect-accessible';
import { expectFits } from './helpers/expect-fits';
import { webSession } from './helpers/web-session';

const session = webSession();

const texts = {
  en: { settings: 'Settings', card: 'About', title: 'About the workbench', licences: /^Licences of the bundled software \((\d+)\)$/, table: 'Licences of the bundled software', back: 'Back to Settings', textOf: 'text of the licence of' },
  cs: { settings: 'Nastavení', card: 'O aplikaci', title: 'O pracovním nástroji', licences: /^Licence přibaleného softwaru \((\d+)\)$/, table: 'Licence přibaleného softwaru', back: 'Zpět do Nastavení', textOf: 'text licence balíčku' },
} as const;

const reactVersion = (JSON.parse(readFileSync('node_modules/react/package.json', 'utf8')) as { version: string }).version;

describe('Settings → About', () => {
  for (const language of ['en', 'cs'] as const) {
    it(`shows the version, where to report a problem and the licences, in ${language === 'en' ? 'English' : 'Czech'}`, async () => {
      const words = texts[language];
      const dbPath = join(tempDir(), 'committee.sqlite');
      expect((await runCli(['demo', dbPath, '--lang', language])).exitCode).toBe(0);
      const { page } = await session.open(dbPath, '#/settings');
      const settled = apiTracker(page);
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      if (language === 'cs') {
        await page.getByLabel('Language', { exact: true }).selectOption('cs');
        await page.getByRole('heading', { level: 1, name: words.settings }).waitFor();
      }

      // The card at the end of Settings.
      const card = page.getByRole('region', { name: words.card, exact: true });
      await card.getByTestId('about-version').waitFor();
      expect(await card.getByTestId('about-version').textContent()).toBe(project.version);
      const report = card.getByRole('link', { name: new RegExp(`^${project.bugs.url}`) });
      expect(await report.getAttribute('href')).toBe(project.bugs.url);
      // A new window: the desktop app gives it to the system browser, the browser mode keeps its own tab.
      expect(await report.getAttribute('target')).toBe('_blank');
      const toList = card.getByRole('link', { name: words.licences });
      const count = Number(words.licences.exec((await toList.textContent()) ?? '')?.[1]);
      expect(count).toBeGreaterThan(20);
      await settled();
      await expectAccessible(page, `settings with the About card (${language})`);

      // The full page, with one row per package.
      await toList.click();
      await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
      expect(await page.evaluate(() => window.location.hash)).toBe('#/settings/about');
      expect(await page.getByTestId('about-version').textContent()).toBe(project.version);
      const table = page.getByRole('table', { name: words.table });
      expect(await table.locator('tbody tr').count()).toBe(count);
      const react = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'react', exact: true }) });
      expect(await react.locator('td').first().textContent()).toBe(reactVersion);
      const summary = react.locator('summary');
      // The licence as package.json names it, and for a screen reader whose it is.
      expect(await summary.textContent()).toBe(`MIT, ${words.textOf} react ${reactVersion}`);
      await summary.click();
      await expect.poll(() => react.locator('pre.licence-text').textContent()).toContain('Permission is hereby granted, free of charge');
      await settled();
      await expectAccessible(page, `about, react's licence open (${language})`);

      // At 800 px the navigation folds and the table, its text open, stays within the window.
      await page.setViewportSize({ width: 800, height: 600 });
      await settled();
      await expectFits(page, `about at 800×600 (${language})`);
      await expectAccessible(page, `about at 800×600 (${language})`);

      // With the text at 200 %, as a browser's text size sets it, the page and the card still fit.
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      await settled();
      await expectFits(page, `about with text at 200 % (${language})`);
      await page.getByRole('link', { name: words.back }).click();
      await page.getByRole('heading', { level: 1, name: words.settings }).waitFor();
      await settled();
      await expectFits(page, `settings with text at 200 % (${language})`);
    });
  }
});
