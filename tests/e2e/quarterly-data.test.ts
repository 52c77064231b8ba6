import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { quarterOfDate, quarterParts } from '../../electron/core/domain/quarter';
import { fixturePath } from '../helpers/fixture';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();

async function openCommittee(language: 'en' | 'cs' = 'en') {
  const dbPath = join(tempDir(), 'committee.sqlite');
  expect((await runCli(['init', dbPath, '--committee', 'Výbor IPS Hradec Králové', '--region', 'Královéhradecký kraj', '--lang', language])).exitCode).toBe(0);
  const { page } = await session.open(dbPath, '#/quarterly');
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, dbPath };
}

/** A quarter as the English screens write it: Q4 2026. */
function formatQuarterForTest(quarter: string): string {
  const { year, q } = quarterParts(quarter);
  return `Q${String(q)} ${String(year)}`;
}

function figureCount(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return Number(db.prepare('SELECT count(*) FROM quarterly_figure').pluck().get());
  } finally {
    db.close();
  }
}

describe('quarterly data', () => {
  it('stops reading a file when asked, while everything else keeps answering', async () => {
    const dbPath = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['init', dbPath, '--committee', 'Výbor IPS Hradec Králové', '--region', 'Královéhradecký kraj'])).exitCode).toBe(0);
    // The server's reading of files waits at a stop point, as a very large file would keep it busy.
    const { page } = await session.open(dbPath, '#/quarterly', 'import:reading');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Files to import').setInputFiles(fixturePath('quarterly-cs-windows1250.csv'));
    await page.getByRole('status').getByText('Reading the files…').waitFor();
    // Meanwhile the rest of the app answers: another section loads its data.
    await page.locator('a[href="#/barriers"]').click();
    await page.getByRole('heading', { level: 1, name: 'Barriers' }).waitFor();
    await page.locator('a[href="#/quarterly"]').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Files to import').setInputFiles(fixturePath('quarterly-cs-windows1250.csv'));
    await page.getByRole('button', { name: 'Stop reading' }).click();
    await page.getByText('Reading the files was cancelled; nothing was imported.').waitFor();
    expect(await page.getByRole('button', { name: 'Stop reading' }).count()).toBe(0);
    expect(await page.getByText('new records will be added').count()).toBe(0);
    expect(figureCount(dbPath)).toBe(0);
  });

  it('downloads a template in the UI language whose first row names the columns', async () => {
    const { page } = await openCommittee();
    await page.getByLabel('Language').selectOption('cs');
    await page.getByRole('heading', { level: 1, name: 'Čtvrtletní data' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Šablona čtvrtletních dat (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('ips-ctvrtletni-data.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Služba;Čtvrtletí;Doporučení;Zapojení;V péči;Pracující;Nástupy do práce;Udržení 13 týdnů;Ve vzdělávání;Chráněná práce;Ukončili, zaměstnaní;Ukončili, bez práce;Pracovní konzultanti (úvazky)',
    );
  });

  it('previews a messy Czech file, imports it, shows it on the dashboard, and undoes it', async () => {
    const { page, dbPath } = await openCommittee();
    await page.getByLabel('Files to import').setInputFiles(fixturePath('quarterly-cs-windows1250.csv'));
    await page.getByText('5 new records will be added').waitFor();
    await page.getByText('New services that will be created: Hradec Králové, Náchod, Jičín').waitFor();
    expect(await page.getByLabel('Character encoding').inputValue()).toBe('windows-1250');
    await expectAccessible(page, 'import preview');
    expect(figureCount(dbPath)).toBe(0);

    await page.getByRole('button', { name: 'Import this file' }).click();
    await page.getByText('Imported: quarterly-cs-windows1250.csv').waitFor();
    expect(figureCount(dbPath)).toBe(5);
    await page.getByRole('tab', { name: 'Figures by service and quarter' }).click();
    // The quarter still running is not a gap: it has not ended yet (the server's day is today's).
    const running = quarterOfDate(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: `Náchod, ${formatQuarterForTest(running)}: quarter not ended yet` }).waitFor();
    await page.getByRole('button', { name: 'Náchod, Q2 2026: 8' }).click();
    await page.getByRole('heading', { name: 'Náchod, Q2 2026' }).waitFor();
    await page.getByText(/imported from quarterly-cs-windows1250\.csv/).first().waitFor();

    await page.locator('a[href="#/dashboard"]').click();
    await page.getByRole('heading', { name: 'Latest quarter: Q2 2026' }).waitFor();
    await page.getByRole('button', { name: 'Show as a table' }).first().click();
    await page.getByRole('rowheader', { name: 'Q2 2026', exact: true }).first().waitFor();
    await expectAccessible(page, 'dashboard with figures');

    await page.locator('a[href="#/quarterly"]').click();
    await page.getByRole('tab', { name: 'Import history' }).click();
    await page.getByRole('button', { name: 'Undo the last import (quarterly-cs-windows1250.csv)…' }).click();
    await page.getByRole('button', { name: 'Undo the import' }).click();
    await page.getByText('The import of quarterly-cs-windows1250.csv was undone.').waitFor();
    expect(figureCount(dbPath)).toBe(0);
  });

  it('lists every error of a broken file with its row, and stores nothing', async () => {
    const { page, dbPath } = await openCommittee();
    await page.getByLabel('Files to import').setInputFiles(fixturePath('quarterly-broken.csv'));
    const alert = page.getByRole('alert').filter({ hasText: '7 errors' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('row 3, Job starts: "12a" is not a whole number');
    expect(text).toContain('row 8, Working: 12 people working is more than the 9 people served');
    expect(await page.getByRole('button', { name: 'Import this file' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'import errors');
    expect(figureCount(dbPath)).toBe(0);
  });
});
