import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { apiTracker } from './helpers/api-tracker';
import { expectFits } from './helpers/expect-fits';
import { webSession } from './helpers/web-session';
import { languages, type Language } from '../../electron/core/domain/languages';
import { uiLocales } from '../../electron/core/domain/ui-locales';
import { flattenTexts, readLocaleFile } from '../helpers/locale-folders';

const session = webSession();

type Setting = { name: string; width: number; height: number; largeText: boolean; /** The navigation folds behind the menu button. */ folded: boolean };

const settings: Setting[] = [
  { name: '1024×768', width: 1024, height: 768, largeText: false, folded: false },
  { name: '800×600', width: 800, height: 600, largeText: false, folded: true },
  { name: '1024×768 with text at 200 %', width: 1024, height: 768, largeText: true, folded: true },
];

/** The screen's own words in each language, read from its folder, so the test follows the translation. */
const texts = Object.fromEntries(
  languages.map((language) => {
    const ui = flattenTexts(readLocaleFile(language, 'ui.json'));
    const say = (key: string) => ui.get(key) ?? key;
    return [language, { menu: say('nav.menu'), sections: say('nav.label'), dashboard: say('nav.dashboard'), quarterly: say('nav.quarterly'), start: say('meetingMode.start') }];
  }),
) as Record<Language, { menu: string; sections: string; dashboard: string; quarterly: string; start: string }>;

async function openDemo(language: Language, setting: Setting) {
  const dbPath = join(tempDir(), 'committee.sqlite');
  expect((await runCli(['demo', dbPath, '--lang', language])).exitCode).toBe(0);
  const { page } = await session.open(dbPath, '#/dashboard');
  const settled = apiTracker(page);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  if (language !== 'en') {
    await page.getByLabel('Language', { exact: true }).selectOption(language);
    await page.getByRole('heading', { level: 1, name: texts[language].dashboard }).waitFor();
  }
  await page.setViewportSize({ width: setting.width, height: setting.height });
  // As a browser's text size does: the root font size doubles and everything in rem follows (set through the
  // CSSOM, which the page's CSP allows).
  if (setting.largeText) await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  await settled();
  return { page, settled };
}

/** The navigation: beside the sections when there is room, behind an accessible menu button when there is not. */
async function checkNavigation(page: Page, language: Language, setting: Setting) {
  const menu = page.getByRole('button', { name: texts[language].menu });
  const nav = page.getByRole('navigation', { name: texts[language].sections });
  const quarterly = nav.getByRole('link', { name: texts[language].quarterly });
  if (!setting.folded) {
    expect(await menu.isHidden()).toBe(true);
    expect(await quarterly.isVisible()).toBe(true);
    return;
  }
  await menu.waitFor();
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
  expect(await nav.isHidden()).toBe(true);
  await menu.click();
  expect(await menu.getAttribute('aria-expanded')).toBe('true');
  // Opened, the menu takes the focus to the current section.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('page');
  await expectFits(page, 'menu open');
  if (language === 'en') await expectAccessible(page, `menu open at ${setting.name}`);
  await page.keyboard.press('Escape');
  await nav.waitFor({ state: 'hidden' });
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
  expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
  // The keyboard alone: open, move to the next section, follow it; the menu folds away.
  await page.keyboard.press('Enter');
  await quarterly.waitFor();
  await page.keyboard.press('Tab');
  expect(await quarterly.evaluate((link) => link === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: texts[language].quarterly }).waitFor();
  await nav.waitFor({ state: 'hidden' });
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
}

async function visit(page: Page, settled: () => Promise<void>, hash: string) {
  await page.evaluate((place) => { window.location.hash = place; }, hash);
  await page.locator('main h1').first().waitFor();
  await settled();
}

/** The screen as it is, then each of its tabs. */
async function checkScreen(page: Page, settled: () => Promise<void>, label: string) {
  await expectFits(page, label);
  const tabs = page.getByRole('main').getByRole('tab');
  const count = await tabs.count();
  for (let index = 0; index < count; index += 1) {
    const tab = tabs.nth(index);
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    await settled();
    await expectFits(page, `${label}, tab “${await tab.innerText()}”`);
  }
}

async function firstLink(page: Page, settled: () => Promise<void>, list: string, prefix: string): Promise<string> {
  await visit(page, settled, list);
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  await link.waitFor();
  return (await link.getAttribute('href')) ?? '';
}

describe('every screen fits the window', () => {
  for (const language of languages) {
    for (const setting of settings) {
      it(`in ${uiLocales[language].language.name} at ${setting.name}: no sideways page scrolling, tables keep their first column`, async () => {
        const { page, settled } = await openDemo(language, setting);
        await checkNavigation(page, language, setting);

        for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings', 'settings/glossary', 'settings/about']) {
          await visit(page, settled, `#/${section}`);
          // Screens with tabs draw them once their data is in.
          if (['quarterly', 'barriers', 'meetings', 'feedback'].includes(section)) await page.getByRole('main').getByRole('tab').first().waitFor();
          if (section === 'dashboard' && language === 'en' && setting.width === 800) await expectAccessible(page, 'dashboard at 800×600');
          await checkScreen(page, settled, `${section} (${language}, ${setting.name})`);
        }

        // The quarterly grid opens at its newest quarter, with the services' names beside it.
        await visit(page, settled, '#/quarterly');
        await page.getByRole('main').getByRole('tab').nth(1).click();
        const grid = page.locator('table.figures-grid');
        await grid.waitFor();
        const newest = await grid.evaluate((table) => {
          const box = table.closest('.table-scroll')?.getBoundingClientRect();
          const header = table instanceof HTMLTableElement ? table.rows[0] : undefined;
          const last = header?.cells[header.cells.length - 1]?.getBoundingClientRect();
          return box !== undefined && last !== undefined && last.left >= box.left - 1 && last.right <= box.right + 1;
        });
        expect(newest, 'the newest quarter is in view').toBe(true);
        if (language === 'en' && setting.width === 800) await expectAccessible(page, 'figures grid at 800×600');

        for (const [list, prefix] of [['#/barriers', '#/barriers/'], ['#/meetings', '#/meetings/'], ['#/fidelity', '#/fidelity/']] as const) {
          const place = await firstLink(page, settled, list, prefix);
          await visit(page, settled, place);
          if (list === '#/meetings') await page.getByRole('main').getByRole('tab').first().waitFor();
          await checkScreen(page, settled, `${place} (${language}, ${setting.name})`);
        }

        // The meeting on the shared screen, item by item (the second meeting listed has its figures item).
        await visit(page, settled, '#/meetings');
        await page.locator('main a[href^="#/meetings/"]').nth(1).click();
        await page.getByRole('button', { name: texts[language].start }).click();
        const position = page.locator('.meeting-mode-bar span').first();
        await position.waitFor();
        for (let item = 0; item < 3; item += 1) {
          await settled();
          await expectFits(page, `shared screen, item ${String(item + 1)} (${language}, ${setting.name})`);
          await page.keyboard.press('PageDown');
        }
        await page.keyboard.press('Escape');
        await page.locator('.meeting-mode').waitFor({ state: 'detached' });
      }, 240_000);
    }
  }
});
