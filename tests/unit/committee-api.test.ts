import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/core/api/contract';
import type { FilePurpose } from '../../electron/core/api/host';
import { apiFor, type TestApi } from '../helpers/api-for';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

/**
 * A stand-in for the desktop app's host: its "dialog" answers with the paths a test queues (null for
 * Cancel) and records what it was asked for and which file the app would reopen next time.
 */
function desktopDialog(api: TestApi) {
  const answers: (string | null)[] = [];
  const asked: FilePurpose[] = [];
  const remembered: string[] = [];
  const dialog = { answers, asked, remembered };
  api.context.host = {
    kind: 'desktop',
    pickDatabasePath: (purpose) => {
      dialog.asked.push(purpose);
      return Promise.resolve(dialog.answers.shift() ?? null);
    },
    databaseChanged: (path) => dialog.remembered.push(path),
  };
  return dialog;
}

async function demoApi() {
  const api = apiFor(join(tempDir(), 'demo.sqlite'));
  await api.call('createDemoCommittee', { language: 'cs' });
  return api;
}

describe('setting up a committee', () => {
  it('creates the database file only when the committee is set up, in the chosen language', async () => {
    const path = join(tempDir(), 'ours.sqlite');
    const api = apiFor(path);
    expect((await api.call('getWorkspace', {})).status).toBe('setup');
    const view = await api.call('setUpCommittee', { name: '  Výbor IPS Pardubice ', region: 'Pardubický kraj', language: 'cs' });
    expect(view.status).toBe('ready');
    expect(view.committee).toMatchObject({ name: 'Výbor IPS Pardubice', region: 'Pardubický kraj', language: 'cs', isDemo: false });
    expect(await api.call('listMembers', {})).toEqual([]);
  });

  it('refuses a second committee in the same file', async () => {
    const api = await demoApi();
    const response = await api.raw('setUpCommittee', { name: 'Another', region: 'Elsewhere', language: 'en' });
    expect(response).toMatchObject({ ok: false, error: { code: 'committee_exists' } });
  });

  it('gives the demo committee members with a service-user representative and IPS services', async () => {
    const api = await demoApi();
    const view = await api.call('getWorkspace', {});
    expect(view.committee?.isDemo).toBe(true);
    const members = await api.call('listMembers', {});
    expect(members.some((member) => member.role === 'service_user_rep')).toBe(true);
    expect(members.some((member) => member.role === 'chair')).toBe(true);
    expect(members.some((member) => member.activeTo !== null)).toBe(true);
    expect((await api.call('listServices', {})).length).toBeGreaterThanOrEqual(3);
    const coordinator = members.find((member) => member.role === 'coordinator');
    expect(view.currentMemberId).toBe(coordinator?.id);
  });
});

describe('members', () => {
  it('attributes a new member to whoever is working now', async () => {
    const api = await demoApi();
    const members = await api.call('listMembers', {});
    const chair = members.find((member) => member.role === 'chair');
    if (chair === undefined) throw new Error('demo has a chair');
    await api.call('setCurrentMember', { memberId: chair.id });
    const added = await api.call('addMember', { name: 'Olga Malá', organisation: 'Úřad práce', role: 'member', activeFrom: '2026-01-01', activeTo: null });
    expect(added.createdBy).toBe(chair.id);
    expect(added.updatedBy).toBe(chair.id);
    const ended = await api.call('updateMember', { ...added, activeTo: '2026-06-30' });
    expect(ended.activeTo).toBe('2026-06-30');
    expect(ended.createdAt).toBe(added.createdAt);
  });

  it('names the field when input is invalid, and writes nothing', async () => {
    const api = await demoApi();
    const before = (await api.call('listMembers', {})).length;
    expect(await api.raw('addMember', { name: '   ', organisation: '', role: 'member', activeFrom: '2026-01-01', activeTo: null })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'name' },
    });
    expect(await api.raw('addMember', { name: 'A', organisation: '', role: 'member', activeFrom: '2026-05-01', activeTo: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'activeTo' },
    });
    expect(await api.raw('addMember', { name: 'A', organisation: '', role: 'president', activeFrom: '2026-05-01', activeTo: null })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'role' },
    });
    expect(await api.raw('addMember', { name: "Robert'); DROP TABLE member;--", organisation: '', role: 'member', activeFrom: '31/12/2026', activeTo: null })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'activeFrom' },
    });
    expect((await api.call('listMembers', {})).length).toBe(before);
  });

  it('refuses to work as a member who does not exist', async () => {
    const api = await demoApi();
    expect(await api.raw('setCurrentMember', { memberId: '7b0c1f0e-1111-4222-8333-944455556666' })).toMatchObject({ ok: false, error: { code: 'member_not_found' } });
  });
});

describe('the contract boundary', () => {
  it('turns away unknown methods and prototype names', async () => {
    const api = await demoApi();
    expect(await api.raw('dropEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await api.raw('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await api.raw('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('has a schema for every method that rejects a non-object input', async () => {
    const api = await demoApi();
    for (const method of methodNames) {
      const response = await api.raw(method, 'not an object');
      expect(response, method).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });

  it('switches to another file and back through the host\'s dialog, and refuses a file that is not a database without changing the open one', async () => {
    const dir = tempDir();
    const api = apiFor(join(dir, 'first.sqlite'));
    await api.call('setUpCommittee', { name: 'First', region: 'R', language: 'en' });
    const dialog = desktopDialog(api);
    const second = join(dir, 'second.sqlite');
    dialog.answers.push(second);
    expect((await api.call('openDatabase', { purpose: 'create' })).workspace?.status).toBe('setup');
    await api.call('setUpCommittee', { name: 'Second', region: 'R', language: 'en' });
    dialog.answers.push(join(dir, 'first.sqlite'));
    expect((await api.call('openDatabase', { purpose: 'open' })).workspace?.committee?.name).toBe('First');
    expect(dialog.asked).toEqual(['create', 'open']);
    // The desktop app reopens next time the file the dialog chose, as set up (the second) or opened (the first).
    expect(dialog.remembered).toEqual([second, second, join(dir, 'first.sqlite')]);

    dialog.answers.push(join(dir, 'nothing-here.sqlite'));
    expect(await api.raw('openDatabase', { purpose: 'open' })).toMatchObject({ ok: false, error: { code: 'db_missing' } });
    dialog.answers.push(second);
    expect(await api.raw('openDatabase', { purpose: 'create' })).toMatchObject({ ok: false, error: { code: 'db_exists' } });
    expect((await api.call('getWorkspace', {})).committee?.name).toBe('First');
    const check = new Database(second, { readonly: true });
    expect(check.prepare('SELECT name FROM committee').pluck().get()).toBe('Second');
    check.close();
  });

  it('keeps the open file when the user cancels the dialog', async () => {
    const dir = tempDir();
    const api = apiFor(join(dir, 'first.sqlite'));
    await api.call('setUpCommittee', { name: 'First', region: 'R', language: 'en' });
    const dialog = desktopDialog(api);
    dialog.answers.push(null);
    expect(await api.call('openDatabase', { purpose: 'open' })).toEqual({ supported: true, workspace: null });
    expect((await api.call('getWorkspace', {})).committee?.name).toBe('First');
    expect(dialog.remembered).toEqual([]);
  });

  it('opens no file the page names: a path sent along is refused, and the browser has no dialog to ask', async () => {
    const dir = tempDir();
    const first = join(dir, 'first.sqlite');
    const other = join(dir, 'other.sqlite');
    const otherApi = apiFor(other);
    await otherApi.call('setUpCommittee', { name: 'Other', region: 'R', language: 'en' });
    otherApi.context.workspace.close();
    const otherBefore = fileDigest(other);
    const api = apiFor(first);
    await api.call('setUpCommittee', { name: 'First', region: 'R', language: 'en' });
    const firstBefore = fileDigest(first);

    // The browser mode: no dialog, so nothing is opened and the page is told it is not supported here.
    expect(await api.call('openDatabase', { purpose: 'open' })).toEqual({ supported: false, workspace: null });
    const dialog = desktopDialog(api);
    for (const input of [{ purpose: 'open', path: other }, { purpose: 'create', path: join(dir, 'new.sqlite') }, { path: other }]) {
      const refused = await api.raw('openDatabase', input);
      expect(refused, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    for (const gone of ['newDatabase', 'pickDatabasePath']) expect(await api.raw(gone, { path: other })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(dialog.asked).toEqual([]);
    expect((await api.call('getWorkspace', {})).committee?.name).toBe('First');
    expect(fileDigest(first)).toBe(firstBefore);
    expect(fileDigest(other)).toBe(otherBefore);
    expect(existsSync(join(dir, 'new.sqlite'))).toBe(false);
  });
});
