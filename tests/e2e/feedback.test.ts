import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';
import { queryDb } from './helpers/query-db';

const session = webSession();

/** The demo committee, with its coordinator working, in the given language. */
async function openAsCoordinator(language: 'en' | 'cs' = 'en') {
  const dbPath = join(tempDir(), 'committee.sqlite');
  expect((await runCli(['demo', dbPath, '--lang', language])).exitCode).toBe(0);
  const { page } = await session.open(dbPath, '#/dashboard');
  if (language === 'cs') await page.getByLabel('Language', { exact: true }).selectOption('cs');
  await page.getByLabel(language === 'en' ? 'Working as' : 'Pracuje').waitFor();
  return { page, dbPath };
}

describe('service users’ feedback', () => {
  it('lets a representative give anonymous feedback with the keyboard alone, keeping a draft through a reload', async () => {
    const dbPath = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/dashboard');
    const rep = String(queryDb(dbPath, "SELECT name FROM member WHERE role = 'service_user_rep' ORDER BY name LIMIT 1").map((row) => (row !== null && typeof row === 'object' && 'name' in row ? row.name : ''))[0]);
    await page.getByLabel('Working as').selectOption({ label: `${rep} · Service-user representative` });
    // The dashboard greets a representative with the way to the form.
    await page.getByRole('heading', { name: `Hello, ${rep}` }).waitFor();
    await page.getByRole('link', { name: 'Give feedback or see the answers' }).click();
    // A representative lands on the form itself.
    await page.getByRole('heading', { name: 'What would you like to tell the committee?' }).waitFor();
    await page.getByLabel('Your words').focus();
    await page.keyboard.type('The job centre still asks me to finish a course before I may look for work.');
    await page.getByText('What you wrote is kept, even if you close the window.').waitFor();
    await page.reload();
    await page.getByText('We kept what you started writing last time.').waitFor();
    expect(await page.getByLabel('Your words').inputValue()).toBe('The job centre still asks me to finish a course before I may look for work.');
    await expectAccessible(page, 'feedback form, step 1');

    // From here on only the keyboard: Tab to Next, Enter, and the arrow keys in radio groups.
    await page.getByLabel('Your words').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'What is it about?' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('What is it about?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('benefits, job centre');
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Who should we say it is from?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Without any name').isChecked()).toBe(true);
    await page.getByText('No name is kept anywhere').waitFor();
    await expectAccessible(page, 'feedback form, who');
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'May we quote your words?' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Choose yes or no.' }).waitFor();
    await page.getByLabel('Yes, my words may be quoted').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Check before you send' }).waitFor();
    await page.getByText('benefits, job centre').waitFor();
    await expectAccessible(page, 'feedback summary');
    await page.getByRole('button', { name: 'Send to the committee' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Thank you. Your feedback is saved').waitFor();

    const saved = queryDb(dbPath, "SELECT contributor_kind, member_id, created_by, updated_by, may_quote, tags FROM feedback WHERE text LIKE 'The job centre still asks%'");
    expect(saved).toEqual([{ contributor_kind: 'anonymous', member_id: null, created_by: null, updated_by: null, may_quote: 1, tags: '["benefits","job centre"]' }]);
    expect(queryDb(dbPath, "SELECT count(*) AS drafts FROM preference WHERE key LIKE 'feedback_draft:%'")).toEqual([{ drafts: 0 }]);
  });

  it('shows the coordinator what waits, takes an answer, and refuses "not taken up" without a reason', async () => {
    const { page, dbPath } = await openAsCoordinator();
    await page.locator('a[href="#/feedback"]').click();
    await page.getByRole('tab', { name: 'You said, we did' }).waitFor();
    await page.getByLabel('Show').selectOption('received');
    const waiting = page.locator('li.feedback-card');
    const answered = waiting.filter({ hasNotText: 'Waiting for an answer' });
    await expect.poll(() => answered.count()).toBe(0);
    const count = await waiting.count();
    expect(count).toBeGreaterThan(0);
    await expectAccessible(page, 'you said, we did');
    await waiting.first().getByRole('button', { name: 'Answer' }).click();
    await page.getByLabel('Not taken up').check();
    await page.getByRole('button', { name: 'Save the answer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Say why the feedback is not taken up' }).waitFor();
    await page.getByLabel('Discussed', { exact: true }).check();
    await page.getByLabel('Answer in plain words').fill('We asked the job centre to stop requiring courses first.');
    await page.getByRole('button', { name: 'Save the answer' }).click();
    await page.getByText('The answer is saved.').waitFor();
    await page.getByLabel('Show').selectOption('received');
    await expect.poll(() => page.locator('li.feedback-card').count()).toBe(count - 1);
    expect(queryDb(dbPath, "SELECT count(*) AS answered FROM feedback WHERE response = 'We asked the job centre to stop requiring courses first.' AND status = 'discussed'")).toEqual([{ answered: 1 }]);
  });

  it('offers the printable form in Czech and takes a transcribed entry', async () => {
    const { page, dbPath } = await openAsCoordinator('cs');
    await page.locator('a[href="#/feedback"]').click();
    await page.getByRole('tab', { name: 'Papírový formulář' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Stáhnout formulář (Word)' }).click()]);
    expect(download.suggestedFilename()).toBe('Formulář zpětné vazby.docx');
    await expectAccessible(page, 'paper form (cs)');
    await page.getByLabel('Vaše slova').fill('Chtěla bych, aby konzultant chodil i do Dolní Vsi.');
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByLabel('Za skupinu (například za organizaci uživatelů)').check();
    await page.getByLabel('Název skupiny').fill('Klub Naděje');
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByLabel('Ne, prosím necitujte mě').check();
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByRole('button', { name: 'Odeslat výboru' }).click();
    await page.getByText('Děkujeme.').waitFor();
    expect(queryDb(dbPath, "SELECT contributor_kind, group_name, transcribed, may_quote FROM feedback WHERE group_name = 'Klub Naděje'")).toEqual([
      { contributor_kind: 'group', group_name: 'Klub Naděje', transcribed: 1, may_quote: 0 },
    ]);
  });
});
