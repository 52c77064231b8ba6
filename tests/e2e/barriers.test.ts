import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';
import { queryDb } from './helpers/query-db';

const session = webSession();

async function openBarriers(command: 'demo' | 'init') {
  const dbPath = join(tempDir(), 'committee.sqlite');
  const args = command === 'demo' ? ['demo', dbPath] : ['init', dbPath, '--committee', 'Výbor', '--region', 'Kraj', '--lang', 'en'];
  expect((await runCli(args)).exitCode).toBe(0);
  const { page } = await session.open(dbPath, '#/barriers');
  await page.getByRole('heading', { level: 1, name: 'Barriers' }).waitFor();
  return { page, dbPath };
}

describe('the barrier register', () => {
  it('adds a barrier from the catalogue, reviews it, and shows the review on its page', async () => {
    const { page, dbPath } = await openBarriers('init');
    await page.getByText('The register is empty').waitFor();
    await page.getByRole('tab', { name: 'Catalogue of known barriers' }).click();
    await expectAccessible(page, 'catalogue');
    await page.getByRole('button', { name: 'Add to the register: IPS missing from national policy and law' }).click();
    await page.getByLabel('In our region').fill('The regional plan does not mention IPS yet.');
    await page.getByRole('button', { name: 'Add to the register', exact: true }).click();
    await page.getByText('IPS missing from national policy and law was added to the register.').waitFor();

    await page.getByRole('tab', { name: 'Review the barriers' }).click();
    await page.getByLabel('Date of the review').fill('2026-11-20');
    await page.getByRole('radiogroup', { name: 'Severity of IPS missing from national policy and law' }).getByLabel('4 – holds us back seriously').check();
    await page.getByRole('radiogroup', { name: 'Trend of IPS missing from national policy and law' }).getByLabel('getting worse').check();
    await page.getByLabel('Note').fill('Regional elections delayed the plan.');
    await expectAccessible(page, 'review');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.getByText('The review of 1 barrier was saved.').waitFor();
    expect(queryDb(dbPath, 'SELECT review_date, severity, trend, note FROM barrier_assessment')).toEqual([
      { review_date: '2026-11-20', severity: 4, trend: 'worse', note: 'Regional elections delayed the plan.' },
    ]);

    await page.getByRole('tab', { name: 'Register of barriers' }).click();
    await page.getByRole('link', { name: 'IPS missing from national policy and law' }).click();
    await page.getByRole('heading', { level: 1, name: 'IPS missing from national policy and law' }).waitFor();
    // In the severity timeline, and in the record's history of changes, told in words.
    await page.getByRole('region', { name: 'Reviews over time' }).getByText('Regional elections delayed the plan.').waitFor();
    await page.getByText('History of this record', { exact: true }).click();
    await page.getByRole('region', { name: 'History of this record' }).getByText(/Severity: 4 – holds us back seriously/).waitFor();
    await expectAccessible(page, 'barrier page');
  });

  it('shows the demo register with trends and runs a dot-vote round with the keyboard-friendly form', async () => {
    const { page, dbPath } = await openBarriers('demo');
    await page.getByRole('columnheader', { name: 'Latest severity' }).waitFor();
    expect(await page.getByText(/worse by \d step/).count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Severity over time' }).click();
    await page.getByRole('img', { name: /Heat map of the severity of 12 barriers at 4 reviews/ }).waitFor();
    await expectAccessible(page, 'heat map');

    await page.getByRole('tab', { name: 'Dot voting' }).click();
    await page.getByRole('button', { name: 'New vote round' }).click();
    await page.getByLabel('Question').fill('Where do we start in 2027?');
    await page.getByLabel('Ideas collected in the meeting').fill('Employer breakfast\nMeet the labour office');
    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByRole('heading', { name: /Where do we start in 2027\?/ }).waitFor();
    await expectAccessible(page, 'vote round');

    await page.getByLabel('Member voting now').selectOption({ label: 'Lucie Horáková' });
    await page.getByRole('spinbutton', { name: 'Employer breakfast' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Meet the labour office' }).fill('2');
    await page.getByRole('alert').filter({ hasText: 'That is 4 dots; each member has 3.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save the dots of Lucie Horáková' }).isDisabled()).toBe(true);

    await page.getByRole('spinbutton', { name: 'Meet the labour office' }).fill('1');
    await page.getByRole('button', { name: 'Save the dots of Lucie Horáková' }).click();
    await page.getByText('The dots of Lucie Horáková were saved.').waitFor();
    await page.getByLabel('Member voting now').selectOption({ label: 'Jana Dvořáková' });
    await page.getByRole('spinbutton', { name: 'Meet the labour office' }).fill('3');
    await page.getByRole('button', { name: 'Save the dots of Jana Dvořáková' }).click();
    await page.getByText('The dots of Jana Dvořáková were saved.').waitFor();
    await page.getByRole('button', { name: 'Close the round and show the result' }).click();
    const result = page.getByRole('table', { name: 'Result' });
    await result.waitFor();
    const rows = await result.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('Meet the labour office');
    expect(rows[1]).toContain('Employer breakfast');
    expect(queryDb(dbPath, "SELECT status FROM vote_round WHERE title = 'Where do we start in 2027?'")).toEqual([{ status: 'closed' }]);
  });
});
