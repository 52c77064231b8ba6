import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { fixturePath } from '../helpers/fixture';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';

const session = webSession();

describe('fidelity reviews', () => {
  it('enters a review from a file and by hand, shows its total and band, and turns a low item into a barrier', async () => {
    const dbPath = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/fidelity');
    await page.getByRole('heading', { name: 'Latest review of each service' }).waitFor();
    await expectAccessible(page, 'fidelity overview');

    await page.getByRole('button', { name: 'New fidelity review' }).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New fidelity review' }) });
    await form.getByLabel('Service', { exact: true }).selectOption({ label: 'IPS Horní Lhota' });
    await page.getByLabel('Date of the review').fill('2026-11-20');
    await page.getByLabel('Names of the reviewers').fill('Jana Dvořáková; external reviewer from Brno');
    await page.getByLabel('Fill the scores from a file (optional)').setInputFiles(fixturePath('fidelity-review.csv'));
    await page.getByText('Rated 25 of 25 items; sum so far 95.').waitFor();
    const caseload = page.getByRole('radiogroup', { name: 'Score of Staffing 1: Caseload size' });
    await caseload.getByRole('radio').nth(4).check();
    await page.getByText('Rated 25 of 25 items; sum so far 96.').waitFor();
    await expectAccessible(page, 'fidelity form');
    await page.getByRole('button', { name: 'Save the review' }).click();

    await page.getByRole('heading', { level: 1, name: /Fidelity review of IPS Horní Lhota/ }).waitFor();
    await page.getByText('96 of 125 – fair fidelity').waitFor();
    await expectAccessible(page, 'fidelity review');
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM fidelity_score s JOIN fidelity_review r ON r.id = s.review_id WHERE r.review_date = '2026-11-20'").pluck().get()).toBe(25);
    db.close();

    await page.getByRole('button', { name: /^Make it a barrier: Services 1/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Low fidelity:/ }).waitFor();
  });
});
