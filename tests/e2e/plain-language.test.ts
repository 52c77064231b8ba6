import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { apiTracker } from './helpers/api-tracker';
import { committeeTexts } from './helpers/committee-texts';
import { jargonLeft } from './helpers/jargon-left';
import { webSession } from './helpers/web-session';
import { languages, type Language } from '../../electron/core/domain/languages';
import { uiLocales } from '../../electron/core/domain/ui-locales';
import { flattenTexts, readLocaleFile } from '../helpers/locale-folders';

const session = webSession();

describe('plain language and the glossary', () => {
  it('replaces the jargon on every screen when switched on, in every language, and passes axe', async () => {
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

    // The other languages, each with its own plain wording of the employment rate.
    let shown: Language = 'cs';
    for (const language of languages.filter((code) => code !== 'en' && code !== 'cs')) {
      // The language list is labelled in the language the page is in.
      await page.getByLabel(flattenTexts(readLocaleFile(shown, 'ui.json')).get('header.language') ?? '', { exact: true }).selectOption(language);
      shown = language;
      const plain = flattenTexts(readLocaleFile(language, 'ui.plain.json'));
      await page.getByText(plain.get('rates.employmentRate') ?? '').first().waitFor();
      for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings']) {
        await page.locator(`a[href="#/${section}"]`).first().click();
        await expect.poll(() => page.locator(`a[href="#/${section}"]`).first().getAttribute('aria-current')).toBe('page');
        await expectAccessible(page, `${section} (plain, ${language})`);
      }
      await page.locator('a[href="#/dashboard"]').first().click();
    }
  });

  for (const language of languages) {
    it(`leaves no glossary term or abbreviation on any screen or tab in plain ${uiLocales[language].language.name}`, async () => {
      const dbPath = join(tempDir(), 'committee.sqlite');
      expect((await runCli(['demo', dbPath, '--lang', language])).exitCode).toBe(0);
      const { page } = await session.open(dbPath, '#/settings');
      const settle = apiTracker(page);
      const ui = flattenTexts(readLocaleFile(language, 'ui.json'));
      if (language !== 'en') {
        await page.getByLabel('Language', { exact: true }).selectOption(language);
        await page.getByRole('heading', { level: 1, name: ui.get('nav.settings') ?? '' }).waitFor();
      }
      await page.getByLabel(ui.get('settings.plainLanguage') ?? '', { exact: true }).check();
      const records = committeeTexts(dbPath);
      const found: string[] = [];
      const look = async (place: string) => {
        for (const word of await jargonLeft(page, language, records)) found.push(`${place}: ${word}`);
      };
      const visit = async (hash: string) => {
        await page.evaluate((place) => { window.location.hash = place; }, hash);
        await page.locator('main h1').first().waitFor();
        await settle();
      };
      const places = ['#/dashboard', '#/quarterly', '#/barriers', '#/meetings', '#/feedback', '#/fidelity', '#/reports', '#/settings'];
      for (const list of ['#/barriers', '#/meetings', '#/fidelity']) {
        await visit(list);
        const link = page.locator(`main a[href^="${list}/"]`).first();
        await link.waitFor();
        places.push((await link.getAttribute('href')) ?? list);
      }
      for (const place of places) {
        await visit(place);
        await look(place);
        const tabs = page.getByRole('main').getByRole('tab');
        for (let index = 0; index < (await tabs.count()); index += 1) {
          await tabs.nth(index).click();
          await settle();
          await look(`${place}, tab “${await tabs.nth(index).innerText()}”`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
