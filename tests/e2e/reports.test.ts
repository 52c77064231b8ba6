import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { docxParts } from '../helpers/docx-parts';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();

describe('the Reports screen', () => {
  it('previews, exports a report with the committee’s own words and without an unticked section, and lists it afterwards', async () => {
    const dbPath = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/reports');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByText('No reports yet.').waitFor();
    await page.getByRole('button', { name: 'Prepare a new report' }).click();
    await page.getByLabel('Period').selectOption('2026-H1');
    await page.getByRole('heading', { name: 'What the report will contain' }).waitFor();
    await page.getByText(/referrals, .* job starts, employment rate/).waitFor();
    await page.getByLabel('Foreword').fill('This half-year the committee welcomed two new employers.');
    await page.getByRole('checkbox', { name: 'Fidelity reviews' }).uncheck();
    await page.getByText('Add a comment on “Outcomes”').click();
    await page.getByLabel('Comment on “Outcomes”').fill('Dolní Ves is still short of a specialist.');
    await expectAccessible(page, 'report editor');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save and export to Word' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const xml = docxParts(readFileSync(await download.path())).text('/word/document.xml');
    expect(xml).toContain('This half-year the committee welcomed two new employers.');
    expect(xml).toContain('Dolní Ves is still short of a specialist.');
    expect(xml).toContain('w:val="Heading1"');
    await page.getByText(/Report saved as .*\.docx\./).waitFor();
    await page.getByRole('rowheader').first().waitFor();
    await expectAccessible(page, 'reports list');

    // The easy-read summary of the same report, in large type, for service users.
    const [easy] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the easy-read summary' }).click()]);
    expect(easy.suggestedFilename()).toMatch(/\(easy read\)\.docx$/);
    const summary = docxParts(readFileSync(await easy.path()));
    expect(summary.text('/word/document.xml')).toContain('What you told us, and what we did');
    expect(summary.text('/word/styles.xml')).toContain('<w:sz w:val="28"/>');

    const db = new Database(dbPath, { readonly: true });
    const stored = db.prepare('SELECT period_from, period_to, language, sections, foreword, last_file_name FROM report').all();
    db.close();
    expect(stored).toEqual([
      {
        period_from: '2026-01-01',
        period_to: '2026-06-30',
        language: 'en',
        sections: JSON.stringify(['summary', 'outcomes', 'barriers', 'decisions', 'voice', 'next_steps', 'appendix']),
        foreword: 'This half-year the committee welcomed two new employers.',
        last_file_name: download.suggestedFilename(),
      },
    ]);
  });
});
