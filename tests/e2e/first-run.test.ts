import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './helpers/expect-accessible';
import { webSession } from './helpers/web-session';
import { tempDir } from '../helpers/temp-dir';

const sections = ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings'];
const session = webSession();

async function openFresh() {
  const dbPath = join(tempDir(), 'committee.sqlite');
  const { page, app } = await session.open(dbPath);
  return { page, dbPath, origin: app.origin };
}

describe('first run', () => {
  it('opens the demo committee and every section passes axe in English and Czech', async () => {
    const { page, origin } = await openFresh();
    // Nothing may leave the machine: every request the page makes goes to the local server (or is inline data).
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('heading', { name: 'Welcome to the IPS Steering Workbench' }).waitFor();
    // The browser mode cannot choose files: the first run says how to start it on another one instead.
    await page.getByRole('region', { name: 'Where the records are kept' }).getByText('npm run web -- --db <file>', { exact: true }).waitFor();
    await expectAccessible(page, 'first run');
    await page.getByRole('button', { name: 'Open the demo committee' }).click();

    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect.poll(() => page.getByText('Lipová Regional IPS Steering Committee (demo)').first().isVisible()).toBe(true);
    await page.getByRole('heading', { name: /^Latest quarter: Q\d \d{4}$/ }).waitFor();
    await page.getByRole('rowheader', { name: 'IPS Lipová-město' }).waitFor();
    expect(await page.getByLabel('Working as').inputValue()).not.toBe('');

    for (const section of sections) {
      await page.getByRole('navigation', { name: 'Sections' }).locator(`a[href="#/${section}"]`).click();
      await page.locator('h1').first().waitFor();
      await expect.poll(() => page.locator(`a[href="#/${section}"]`).getAttribute('aria-current')).toBe('page');
      await expectAccessible(page, `${section} (en)`);
    }

    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByRole('navigation', { name: 'Oddíly' }).waitFor();
    for (const section of sections) {
      await page.locator(`a[href="#/${section}"]`).click();
      await expect.poll(() => page.locator(`a[href="#/${section}"]`).getAttribute('aria-current')).toBe('page');
      await expectAccessible(page, `${section} (cs)`);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('cs');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Nastavení' }).waitFor();
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });

  it('sets up a committee in Czech, adds a member and works as them', async () => {
    const { page, dbPath } = await openFresh();
    // The page switched to Czech: the committee's language follows it, until it is chosen on its own.
    expect(await page.getByLabel('Committee language').inputValue()).toBe('en');
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByRole('heading', { name: 'Vítejte v pracovním nástroji řídicího výboru IPS' }).waitFor();
    expect(await page.getByLabel('Jazyk výboru').inputValue()).toBe('cs');
    await page.getByLabel('Název výboru').fill('Řídicí výbor IPS Hradec Králové');
    await page.getByLabel('Region', { exact: true }).fill('Královéhradecký kraj');
    await page.getByRole('button', { name: 'Založit náš výbor' }).click();

    await page.getByRole('heading', { level: 1, name: 'Přehled' }).waitFor();
    await page.getByText('Zatím nejsou zapsána žádná čtvrtletní data.').waitFor();

    await page.getByRole('link', { name: 'Nastavení', exact: true }).click();
    await expect.poll(() => page.getByTestId('database-path').textContent()).toBe(dbPath);
    // Where the log is, for a coordinator who asks for help: the browser mode's own log folder.
    expect(await page.getByTestId('log-folder').textContent()).toBe(process.env.WORKBENCH_LOG_DIR);
    await page.getByRole('button', { name: 'Přidat člena' }).click();
    await page.getByLabel('Jméno').fill('Lucie Horáková');
    await page.getByLabel('Organizace').fill('Spolek uživatelů péče');
    await page.getByLabel('Role').selectOption('service_user_rep');
    // No form of address chosen: the role is named without gender; chosen, the role agrees with it.
    expect(await page.getByLabel('Role').locator('option:checked').textContent()).toBe('Osoba zastupující uživatele služeb');
    await page.getByLabel('Oslovení').selectOption('feminine');
    expect(await page.getByLabel('Role').locator('option:checked').textContent()).toBe('Zástupkyně uživatelů služeb');
    // The page's own messages, in Czech: a required field left empty, a date that does not exist.
    const name = page.getByLabel('Jméno');
    await name.fill('');
    await page.getByRole('button', { name: 'Přidat člena' }).click();
    await expect.poll(() => name.evaluate((field) => (field instanceof HTMLInputElement ? field.validationMessage : ''))).toBe('Vyplňte prosím toto pole.');
    await name.fill('Lucie Horáková');
    expect(await name.evaluate((field) => (field instanceof HTMLInputElement ? field.validity.valid : false))).toBe(true);
    const from = page.getByLabel('Členem od');
    expect(await page.locator('main input[type="date"]').count()).toBe(0);
    await from.fill('31. 2. 2026');
    expect(await from.evaluate((field) => (field instanceof HTMLInputElement ? field.validationMessage : ''))).toBe('Zadejte prosím datum, například 24. 11. 2026.');
    await page.getByRole('button', { name: 'Přidat člena' }).click();
    expect(await page.getByRole('status').filter({ hasText: 'přidáno' }).count()).toBe(0);
    await from.fill('15. 1. 2026');
    await from.blur();
    expect(await from.inputValue()).toBe('15. 1. 2026');
    await expectAccessible(page, 'member form (cs)');
    await page.getByRole('button', { name: 'Přidat člena' }).click();
    await page.getByRole('status').filter({ hasText: 'Lucie Horáková – přidáno.' }).waitFor();
    await page.getByRole('row', { name: /Lucie Horáková/ }).getByText('Zástupkyně uživatelů služeb').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\/ka\b|Zástupce\/zástupkyně/);

    // The member starts on the date typed in Czech form.
    await page.getByRole('row', { name: /Lucie Horáková/ }).getByText('od 15. 1. 2026').waitFor();

    // The file field is the page's own, in Czech: no "Choose Files" from the browser.
    await page.getByRole('link', { name: 'Čtvrtletní data', exact: true }).click();
    await page.getByText('Vybrat soubory', { exact: true }).waitFor();
    await page.getByText('Nejsou vybrány žádné soubory').waitFor();

    await page.getByRole('link', { name: 'Nastavení', exact: true }).click();
    const workingAs = page.getByLabel('Pracuje');
    await workingAs.selectOption({ label: 'Lucie Horáková · Zástupkyně uživatelů služeb' });
    await expect.poll(() => page.getByText('Vyberte sebe, aby se vaše změny připsaly vám.').count()).toBe(0);
    await page.reload();
    await expect.poll(async () => page.getByLabel('Pracuje').locator('option:checked').textContent()).toContain('Lucie Horáková');
  });

  it('refuses an empty committee name with a message, and keeps the other fields', async () => {
    const { page } = await openFresh();
    await page.getByLabel('Committee name').fill('   ');
    await page.getByLabel('Region', { exact: true }).fill('Pardubický kraj');
    await page.getByRole('button', { name: 'Create our committee' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('name');
    expect(await page.getByLabel('Region', { exact: true }).inputValue()).toBe('Pardubický kraj');
  });
});
