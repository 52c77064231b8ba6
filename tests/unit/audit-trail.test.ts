import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recentChanges } from '../../electron/core/audit/recent-changes';
import { recordHistory } from '../../electron/core/audit/record-history';
import { exportDatabase } from '../../electron/core/export/export-database';
import { importFiles } from '../../electron/core/import/import-files';
import { apiFor } from '../helpers/api-for';
import { committeeDb } from '../helpers/committee-db';
import { fixture } from '../helpers/fixture';
import { tempDir } from '../helpers/temp-dir';

describe('the audit trail', () => {
  it('records who changed which fields of a record from what to what', async () => {
    const api = apiFor(join(tempDir(), 'audit.sqlite'));
    await api.call('createDemoCommittee', { language: 'en' });
    const members = await api.call('listMembers', {});
    const chair = members.find((member) => member.role === 'chair');
    if (chair === undefined) throw new Error('demo has a chair');
    await api.call('setCurrentMember', { memberId: chair.id });
    await api.call('updateMember', { ...chair, organisation: 'Krajský úřad, odbor zdravotnictví' });
    const history = await api.call('getRecordHistory', { kind: 'member', id: chair.id });
    expect(history.entries[0]).toMatchObject({
      by: { name: 'Jana Dvořáková' },
      record: { kind: 'member', label: { name: { type: 'text', text: 'Jana Dvořáková' } } },
      changes: [
        {
          action: 'update',
          part: null,
          fields: [{ group: 'member', field: 'organisation', before: { type: 'text', text: 'Krajský úřad Lipovského kraje' }, after: { type: 'text', text: 'Krajský úřad, odbor zdravotnictví' } }],
        },
      ],
    });
    expect(history.entries.at(-1)?.changes[0]?.action).toBe('insert');
  });

  it('cannot be changed or deleted', () => {
    const { db } = committeeDb();
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBeGreaterThan(0);
    expect(() => db.prepare("UPDATE audit_log SET changed_by = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('is written in the same transaction as the change: a refused import leaves no trace in it', () => {
    const { db } = committeeDb();
    const before = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    importFiles(db, [fixture('quarterly-broken.csv')], { dryRun: false, actor: null, currentQuarter: '2026-Q4' });
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    importFiles(db, [fixture('quarterly-en-utf8-bom.csv')], { dryRun: false, actor: null, currentQuarter: '2026-Q4' });
    expect(recentChanges(db, { kind: 'quarterly_figure', search: [], limit: 10 }).entries).toHaveLength(3);
    const importId = String(db.prepare('SELECT id FROM import_batch').pluck().get());
    expect(recordHistory(db, 'import_batch', importId, { limit: 10 }).entries[0]?.changes[0]?.action).toBe('insert');
  });

  it('is part of the export', () => {
    const { db } = committeeDb();
    expect(exportDatabase(db).tables['audit_log']?.length).toBeGreaterThan(0);
  });
});
