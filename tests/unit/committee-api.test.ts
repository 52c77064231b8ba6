import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/core/api/contract';
import { apiFor } from '../helpers/api-for';
import { tempDir } from '../helpers/temp-dir';

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

  it('switches to another file and back, and refuses a file that is not a database without changing the open one', async () => {
    const dir = tempDir();
    const api = apiFor(join(dir, 'first.sqlite'));
    await api.call('setUpCommittee', { name: 'First', region: 'R', language: 'en' });
    const second = join(dir, 'second.sqlite');
    expect((await api.call('newDatabase', { path: second })).status).toBe('setup');
    await api.call('setUpCommittee', { name: 'Second', region: 'R', language: 'en' });
    expect((await api.call('openDatabase', { path: join(dir, 'first.sqlite') })).committee?.name).toBe('First');
    expect(await api.raw('openDatabase', { path: join(dir, 'nothing-here.sqlite') })).toMatchObject({ ok: false, error: { code: 'db_missing' } });
    expect(await api.raw('newDatabase', { path: second })).toMatchObject({ ok: false, error: { code: 'db_exists' } });
    expect((await api.call('getWorkspace', {})).committee?.name).toBe('First');
    const check = new Database(second, { readonly: true });
    expect(check.prepare('SELECT name FROM committee').pluck().get()).toBe('Second');
    check.close();
  });
});
