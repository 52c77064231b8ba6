import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { docxParts } from '../helpers/docx-parts';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';
import { queryDb } from './helpers/query-db';

const session = webSession();

function documentXml(path: string): string {
  return docxParts(readFileSync(path)).text('/word/document.xml');
}

async function openDemoMeetings() {
  const dbPath = join(tempDir(), 'committee.sqlite');
  expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
  const { page } = await session.open(dbPath, '#/meetings');
  await page.getByRole('heading', { level: 1, name: 'Meetings & decisions' }).waitFor();
  return { page, dbPath };
}

describe('meetings', () => {
  it('prepares a meeting with the standing business, records a decision by vote and an action, and exports the minutes', async () => {
    const { page, dbPath } = await openDemoMeetings();
    await expectAccessible(page, 'meetings list');
    await page.getByLabel('Date').fill('2026-11-26');
    await page.getByLabel('Place').fill('Regional office');
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting on 26 Nov 2026' }).waitFor();
    for (const item of ['Open actions from earlier meetings', 'Barriers due for review', /Outcome figures for/]) {
      await page.getByRole('listitem').filter({ has: page.getByText(item).first() }).first().waitFor();
    }
    await expectAccessible(page, 'meeting preparation');

    // Lucie sends apologies; the vote below may then count at most the members present.
    await page.getByLabel('Attendance of Lucie Horáková').selectOption('apologies');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByText('Attendance saved.').waitFor();

    await page.getByRole('tab', { name: /Decisions/ }).click();
    await page.getByLabel('Wording of the decision').fill('The committee funds a second employment specialist in Dolní Ves.');
    await page.getByLabel('By vote').check();
    await page.getByLabel('For', { exact: true }).fill('9');
    await page.getByLabel('Against').fill('1');
    await page.getByLabel('Abstaining').fill('0');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('alert').filter({ hasText: 'The vote counts 10 people, but only 7 are present.' }).waitFor();
    await page.getByLabel('For', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Note a member\'s dissent' }).click();
    await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Tomáš Král' });
    await page.getByLabel('In their own words').fill('We should first fill the post we already have.');
    await expectAccessible(page, 'decision form');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Decision recorded.').waitFor();
    await page.getByText('Decision 2026/10', { exact: true }).waitFor();
    await page.getByText('Reached by vote: 5 for, 1 against, 0 abstaining').waitFor();
    expect(queryDb(dbPath, "SELECT year, number, votes_for, votes_against FROM decision WHERE number = 10")).toEqual([{ year: 2026, number: 10, votes_for: 5, votes_against: 1 }]);

    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByRole('heading', { name: 'What happened to earlier actions' }).waitFor();
    await page.getByLabel('Action', { exact: true }).fill('Advertise the second post');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('alert').filter({ hasText: 'Give the action a due date.' }).waitFor();
    await page.getByLabel('Due date').fill('2026-11-01');
    await page.getByLabel('Owner').selectOption({ label: 'Hana Marková' });
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('alert').filter({ hasText: 'must not be before' }).waitFor();
    await page.getByLabel('Due date').fill('2027-01-31');
    await page.getByLabel('Decision it serves').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('Action added.').waitFor();
    await page.getByRole('rowheader', { name: 'Advertise the second post' }).waitFor();
    await expectAccessible(page, 'actions of a meeting');

    await page.getByRole('tab', { name: 'Minutes' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the minutes (Word)' }).click()]);
    expect(download.suggestedFilename()).toBe('Minutes 2026-11-26.docx');
    const xml = documentXml(await download.path());
    expect(xml).toContain('The committee funds a second employment specialist in Dolní Ves.');
    expect(xml).toContain('Advertise the second post');
    expect(xml).toContain('We should first fill the post we already have.');
  });

  it('runs the meeting on the shared screen from the keyboard: full screen, nothing but the item, the figures of its quarter drawn in place', async () => {
    const { page, dbPath } = await openDemoMeetings();
    await page.getByRole('link', { name: '14 Aug 2026' }).click();
    await page.getByRole('button', { name: 'Run the meeting on the shared screen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open actions from earlier meetings' }).waitFor();
    await page.getByText('Item 1 of 3').waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    // Nothing of the workbench around the meeting: no top bar, no navigation.
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByText('Working as').count()).toBe(0);
    await expectAccessible(page, 'meeting mode');
    await page.keyboard.press('PageDown');
    await page.getByText('Item 2 of 3').waitFor();

    // The meeting of 14 August looks at Q2 2026, although Q3 has come in since: its figures, drawn on the screen.
    await page.getByRole('heading', { level: 1, name: 'Outcome figures for Q2 2026' }).waitFor();
    const keyFigures = page.getByRole('list', { name: 'Key figures for Q2 2026' });
    await keyFigures.waitFor();
    const [referralsInQ2] = queryDb(dbPath, "SELECT sum(referrals) AS total FROM quarterly_figure WHERE quarter = '2026-Q2'");
    expect(await keyFigures.getByRole('listitem').filter({ hasText: 'Referrals' }).first().locator('.key-value').innerText()).toBe(String((referralsInQ2 as { total: number }).total));
    const trend = page.getByRole('img', { name: /^Job starts per quarter, all services\./ });
    await trend.waitFor();
    expect(await trend.getAttribute('aria-label')).toMatch(/Q2 2026 \d+\.$/);
    // Drawn: the chart's canvas has painted pixels.
    await expect.poll(() => trend.evaluate((canvas) => {
      if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return 0;
      const context = canvas.getContext('2d');
      if (context === null) return 0;
      return context.getImageData(0, 0, canvas.width, canvas.height).data.filter((value, index) => index % 4 === 3 && value > 0).length;
    })).toBeGreaterThan(1000);
    await expectAccessible(page, 'figures on the shared screen');
    await page.keyboard.press('Alt+n');
    await page.keyboard.type(' The chair asked for a breakdown by service.');
    await page.keyboard.press('Alt+d');
    await page.getByRole('heading', { name: 'Record a decision' }).waitFor();
    await page.keyboard.type('Each service reports its waiting list every quarter.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Decision recorded.').waitFor();
    await page.getByText('Each service reports its waiting list every quarter.').waitFor();
    // Esc leaves full screen and the shared screen at once; the workbench is back around the meeting.
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Preparation' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await page.getByLabel(/Notes on “Outcome figures for/).waitFor();
    expect(await page.getByLabel(/Notes on “Outcome figures for/).inputValue()).toContain('The chair asked for a breakdown by service.');
  });

  it('filters the actions overview and marks overdue actions in words', async () => {
    const { page } = await openDemoMeetings();
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByLabel('Status').selectOption('overdue');
    const status = page.getByRole('status').filter({ hasText: /actions? shown/ });
    await status.filter({ hasText: /shown, [1-9]\d* overdue/ }).waitFor();
    const rows = page.getByRole('row').filter({ hasText: 'overdue' });
    expect(await rows.count()).toBeGreaterThan(0);
    await expectAccessible(page, 'actions overview');
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByText('amended by 2026/03').first().waitFor();
    await expectAccessible(page, 'decisions register');
  });
});
