import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../electron/core/domain/languages';
import { docxText } from '../helpers/docx-blocks';
import { docxParts } from '../helpers/docx-parts';
import { allowedWords, hasHunspell, unknownWords } from '../helpers/hunspell';
import { flattenTexts, readLocaleFile } from '../helpers/locale-folders';
import { localQuarterlyCsv } from '../helpers/local-quarterly-file';
import { tempDir } from '../helpers/temp-dir';
import { apiTracker } from './helpers/api-tracker';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();

/** A decision as a committee of that country would word it. */
const decisionWords: Record<Language, string> = {
  en: 'The committee funds a second employment specialist.',
  cs: 'Výbor financuje druhého pracovního konzultanta.',
  da: 'Styregruppen finansierer en ekstra IPS-konsulent.',
  es: 'El comité financia un segundo puesto de especialista de empleo.',
  fr: 'Le comité finance un second poste de spécialiste de l’emploi.',
  hr: 'Odbor financira drugo radno mjesto stručnjaka za zapošljavanje.',
};

/**
 * Words that are right on a screen in any language: the language list's own names, the file the committee
 * imported, its own names (IPS Nordvest, IPS Sud) and the months as Intl shortens them in that language ("dic",
 * "pro"), beside the language folder's spelling list.
 */
function ownWords(language: Language): Set<string> {
  const locale = (readLocaleFile(language, 'language.json') as { locale: string }).locale;
  const months = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month, 1))).replace(/\.$/, ''));
  const names = languages.map((code) => (readLocaleFile(code, 'language.json') as { name: string }).name);
  return new Set([...allowedWords(language), ...names, ...months, 'Nordvest', 'Sud', `${language}.csv`]);
}

/** The words of the main part of the screen, which the committee's language must spell. */
async function screenWords(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

describe.skipIf(!hasHunspell)('a committee in each language of the scale-up plan', () => {
  for (const language of languages.filter((code) => code !== 'en' && code !== 'cs')) {
    const ui = flattenTexts(readLocaleFile(language, 'ui.json'));
    const say = (key: string) => ui.get(key) ?? key;
    const { dictionary, locale } = readLocaleFile(language, 'language.json') as { dictionary: string; locale: string };

    it(`sets up, imports its file with column names in ${language}, holds a meeting, exports its minutes and report, and meets no word of another language`, async () => {
      const dbPath = join(tempDir(), 'committee.sqlite');
      const { page } = await session.open(dbPath);
      const settled = apiTracker(page);
      await page.getByLabel('Language', { exact: true }).selectOption(language);
      // The committee's language follows the page's.
      await expect.poll(() => page.getByLabel(say('committee.language'), { exact: true }).inputValue()).toBe(language);
      const committee = 'IPS Nordvest';
      await page.getByLabel(say('committee.name'), { exact: true }).fill(committee);
      await page.getByLabel(say('committee.region'), { exact: true }).fill('Nordvest');
      await page.getByRole('button', { name: say('firstRun.setupButton') }).click();
      await page.getByRole('heading', { level: 1, name: say('nav.dashboard') }).waitFor();

      await page.locator('a[href="#/quarterly"]').first().click();
      await page.getByRole('heading', { level: 1, name: say('nav.quarterly') }).waitFor();
      await page.getByLabel(say('import.chooseFiles'), { exact: true }).setInputFiles({ name: `${language}.csv`, mimeType: 'text/csv', buffer: Buffer.from(localQuarterlyCsv(language, 'IPS Sud')) });
      await page.getByRole('button', { name: say('import.importButton_one') }).click();
      await settled();
      await page.locator('a[href="#/dashboard"]').first().click();
      await page.getByRole('rowheader', { name: 'IPS Sud' }).waitFor();

      // Every section in the committee's language, spelt by its dictionary: no English or Czech left.
      const found: string[] = [];
      for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings', 'settings/glossary']) {
        await page.evaluate((place) => { window.location.hash = place; }, `#/${section}`);
        await page.locator('main h1').first().waitFor();
        await settled();
        const tabs = page.getByRole('main').getByRole('tab');
        const texts = [await screenWords(page)];
        for (let index = 0; index < (await tabs.count()); index += 1) {
          await tabs.nth(index).click();
          await settled();
          texts.push(await screenWords(page));
        }
        const allowed = ownWords(language);
        for (const word of unknownWords(dictionary, allowed, texts.map((text) => text.replace(/\bIPS Nordvest\b|\bIPS Sud\b/g, ' ')))) found.push(`#/${section}: ${word}`);
      }
      expect(found).toEqual([]);
      await expectAccessible(page, `settings (${language})`);

      // A meeting with a decision, and its minutes in the committee's language.
      await page.evaluate(() => { window.location.hash = '#/meetings'; });
      await page.getByLabel(say('meetings.date'), { exact: true }).fill('2026-11-26');
      await page.getByLabel(say('meetings.place'), { exact: true }).fill('Nordvest');
      await page.getByRole('button', { name: say('meetings.create') }).click();
      const decisionsTab = say('meetings.decisionsTab_other').split('(')[0]?.trim() ?? '';
      await page.getByRole('tab', { name: new RegExp(`^${decisionsTab}`) }).click();
      await page.getByLabel(say('decisions.wording'), { exact: true }).fill(decisionWords[language]);
      await page.getByRole('button', { name: say('decisions.record') }).click();
      await page.getByText(say('decisions.recorded')).waitFor();
      await page.getByRole('tab', { name: say('minutes.title'), exact: true }).click();
      const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: say('minutes.export') }).click()]);
      const minutesXml = docxParts(readFileSync(await minutes.path())).text('/word/document.xml');
      expect(minutesXml).toContain(decisionWords[language]);
      expect(minutesXml).toContain(`<w:lang w:val="${locale}"/>`);
      expect(unknownWords(dictionary, ownWords(language), [docxText(minutesXml.replace(/<\/w:p>/g, '</w:p><w:t>\n</w:t>')).replace(/\bIPS Nordvest\b|\bIPS Sud\b/g, ' ')])).toEqual([]);

      // The report, in the committee's language, marked as such for Word.
      await page.evaluate(() => { window.location.hash = '#/reports'; });
      await page.getByRole('button', { name: say('reports.new') }).click();
      await page.getByLabel(say('reports.period'), { exact: true }).selectOption('2026-H1');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: say('reports.export') }).click()]);
      const xml = docxParts(readFileSync(await download.path())).text('/word/document.xml');
      expect(xml).toContain(`<w:lang w:val="${locale}"/>`);
      const report = docxText(xml.replace(/<\/w:p>/g, '</w:p><w:t>\n</w:t>')).replace(/\bIPS Nordvest\b|\bIPS Sud\b/g, ' ');
      // The appendix cites its sources as published, in English.
      const citations = (JSON.parse(readFileSync('resources/catalogue/barriers.json', 'utf8')) as { sources: { citation: string }[] }).sources.map((source) => source.citation);
      expect(unknownWords(dictionary, ownWords(language), [citations.reduce((rest, citation) => rest.split(citation).join(' '), report)])).toEqual([]);
    }, 240_000);
  }
});
