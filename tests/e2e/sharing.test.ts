import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveMember } from '../../electron/core/committee/save-member';
import { createInvite } from '../../electron/core/sync/create-invite';
import { shareCommittee } from '../../electron/core/sync/share-committee';
import { syncOnce } from '../../electron/core/sync/sync-once';
import { committeeDb } from '../helpers/committee-db';
import { syncServerForTests, type RunningServer } from '../helpers/sync-server-for-tests';
import { tempDir } from '../helpers/temp-dir';
import { expectAccessible } from './helpers/expect-accessible';
import { openBrowser, startWeb, type Browser, type WebApp } from './helpers/web-app';

const stopping: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const stop of stopping.splice(0).reverse()) await stop();
});

async function web(dbPath: string): Promise<{ app: WebApp; browser: Browser }> {
  const app = await startWeb(dbPath);
  stopping.push(app.stop);
  const browser = await openBrowser();
  stopping.push(browser.close);
  return { app, browser };
}

describe('the committee on two devices', () => {
  it('joins with an invite through the first start, and an edit on one device appears on the other', async () => {
    const server: RunningServer = await syncServerForTests();
    stopping.push(server.stop);
    // The coordinator's committee, shared, with an invite for a member (as Settings → Sharing makes one).
    const owner = committeeDb();
    const memberId = saveMember(owner.db, { name: 'Jana Dvořáková', organisation: 'Úřad práce', role: 'member', activeFrom: '2026-01-01', activeTo: null }, owner.coordinatorId);
    await shareCommittee(owner.db, owner.path, server.url);
    const invite = createInvite(owner.db, owner.path, { memberId, days: 14 });
    await syncOnce(owner.db, owner.path);
    owner.db.close();

    const coordinator = await web(owner.path);
    const member = await web(join(tempDir(), 'member.sqlite'));
    const a = coordinator.browser.page;
    const b = member.browser.page;

    // The member's computer: the third door of the first start takes the invite.
    await b.goto(member.app.address());
    await b.getByRole('heading', { name: 'Join a committee' }).waitFor();
    await b.getByLabel('Invite', { exact: true }).fill('IPSW1-not-a-real-code');
    await b.getByRole('button', { name: 'Join the committee' }).click();
    await b.getByText('This invite cannot be read.', { exact: false }).waitFor();
    await b.getByLabel('Invite', { exact: true }).fill(invite.code);
    await b.getByRole('button', { name: 'Join the committee' }).click();
    await b.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await b.getByText('Řídicí výbor IPS Hradec Králové').first().waitFor();
    await b.getByTestId('sharing-status').filter({ hasText: /^All changes shared$/ }).waitFor();
    expect(await b.getByLabel('Working as').inputValue()).toBe(memberId);

    // The coordinator renames the committee; the member's screen shows the new name without reloading.
    await a.goto(coordinator.app.address('#/settings'));
    await a.getByTestId('sharing-status').filter({ hasText: /^All changes shared$/ }).waitFor();
    // The member's device is listed, seen by the server today (it joined), and can be revoked.
    const row = a.getByRole('region', { name: "Sharing with members' devices" }).getByRole('row', { name: /^Jana Dvořáková Member/ });
    await row.getByRole('button', { name: 'Revoke Jana Dvořáková' }).waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).not.toBe('Not yet');
    await expectAccessible(a, 'settings with sharing');
    const name = a.getByRole('form', { name: 'Committee details' }).getByLabel('Name');
    await name.fill('Řídicí výbor IPS Královéhradeckého kraje');
    await a.getByRole('form', { name: 'Committee details' }).getByRole('button', { name: 'Save' }).click();
    await b.locator('.committee-name', { hasText: 'Řídicí výbor IPS Královéhradeckého kraje' }).waitFor();

    // And back: the member's edit reaches the coordinator.
    await b.getByRole('navigation', { name: 'Sections' }).locator('a[href="#/settings"]').click();
    const region = b.getByRole('form', { name: 'Committee details' }).getByLabel('Region');
    await region.fill('Královéhradecký kraj, Česko');
    await b.getByRole('form', { name: 'Committee details' }).getByRole('button', { name: 'Save' }).click();
    await a.locator('main').click({ position: { x: 5, y: 5 } });
    // Read again once the change is in (the status line asks every second or two): a condition, not a clock.
    await expect.poll(async () => a.getByRole('form', { name: 'Committee details' }).getByLabel('Region').inputValue(), { timeout: 60_000 }).toBe('Královéhradecký kraj, Česko');
  });
});
