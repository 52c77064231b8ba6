import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/core/api/workspace';
import { createBackup } from '../../electron/core/backup/create-backup';
import { exportDatabase } from '../../electron/core/export/export-database';
import { apiFor } from '../helpers/api-for';
import { anonymousWithoutTracesMigration } from '../../electron/core/db/migrations/0010-anonymous-without-traces';
import { migrations } from '../../electron/core/db/migrations/migrations';
import { previousVersionFile } from '../helpers/previous-version-file';
import { tempDir } from '../helpers/temp-dir';

const words = 'The night bus from Dolní Ves never comes on Sundays';
const name = 'Lucie Horáková';

/** Every place the words stand in the bytes, and whether the member's id or name stands within `reach` bytes of them. */
function near(bytes: Buffer, needle: string, others: readonly string[], reach: number): { at: number[]; tied: string[] } {
  const at: number[] = [];
  for (let index = bytes.indexOf(needle); index >= 0; index = bytes.indexOf(needle, index + 1)) at.push(index);
  const tied = others.filter((other) =>
    at.some((position) => bytes.subarray(Math.max(0, position - reach), position + needle.length + reach).includes(Buffer.from(other, 'utf8'))),
  );
  return { at, tied };
}

describe('anonymous feedback, in every byte', () => {
  it('leaves no member near the words: not in the file, its write-ahead log, a backup or the export', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    const api = apiFor(path);
    await api.call('setUpCommittee', { name: 'Výbor', region: 'Kraj', language: 'cs' });
    const rep = await api.call('addMember', { name, organisation: 'Spolek', role: 'service_user_rep', addressForm: 'feminine', activeFrom: '2026-01-01', activeTo: null });
    await api.call('setCurrentMember', { memberId: rep.id });
    // The representative types, first without saying who it is from, then choosing to stay anonymous.
    const draft = { text: words.slice(0, 20), contributor: null, givenOn: '', tags: [], links: [], mayQuote: null, transcribed: false };
    await api.call('saveFeedbackDraft', draft);
    await api.call('saveFeedbackDraft', { ...draft, text: words, contributor: { kind: 'anonymous' } });
    await api.call('giveFeedback', { text: words, contributor: { kind: 'anonymous' }, givenOn: '2026-11-30', tags: ['transport'], links: [], mayQuote: true, transcribed: false });
    expect(await api.call('getFeedbackDraft', {})).toBeNull();

    const db = api.context.workspace.db();
    const backup = await createBackup(db, path, 'periodic');
    const exportedTables = exportDatabase(db).tables;
    const places = { file: readFileSync(path), wal: existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0), backup: readFileSync(backup.path) };
    const identities = [rep.id, name, `feedback_draft:${rep.id}`];
    for (const [place, bytes] of Object.entries(places)) {
      // Within a database page of the words (4 KiB) there is no id or name of the member who wrote them.
      const found = near(bytes, words, identities, 4096);
      expect(found.tied, place).toEqual([]);
      // And the draft left nothing behind: only the entry itself holds the words.
      if (place !== 'wal') expect(found.at, place).toHaveLength(1);
      expect(bytes.includes(Buffer.from(words.slice(0, 20))) ? near(bytes, words.slice(0, 20), [], 0).at.length : 0, place).toBeLessThanOrEqual(place === 'wal' ? 0 : 1);
    }
    // In the export, every record that holds the words, or belongs to the entry's history, names no member.
    const records = Object.values(exportedTables).flat().map((record) => JSON.stringify(record));
    const entryId = String(db.prepare("SELECT id FROM feedback WHERE contributor_kind = 'anonymous'").pluck().get());
    const concerning = records.filter((record) => record.includes(words) || record.includes(entryId));
    expect(concerning.length).toBeGreaterThan(1);
    for (const record of concerning) for (const identity of identities) expect(record).not.toContain(identity);
    expect(records.filter((record) => record.includes(words))).toHaveLength(1);
    // The write-ahead log was checkpointed and emptied once the draft was gone.
    expect(places.wal.length).toBe(0);
    // Nothing recorded at the moment of giving it carries a time of day.
    const stamps = db.prepare("SELECT substr(created_at, 11) AS created, substr(updated_at, 11) AS updated FROM feedback WHERE contributor_kind = 'anonymous'").get();
    expect(stamps).toEqual({ created: 'T00:00:00.000Z', updated: 'T00:00:00.000Z' });
    expect(db.prepare("SELECT updated_at FROM preference WHERE key = 'current_member_id'").pluck().get()).toMatch(/T00:00:00\.000Z$/);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE table_name LIKE 'feedback%'").pluck().get()).toBe(0);
    api.context.workspace.close();
  });
});

describe('a file written by the previous version', () => {
  it('loses every trace of who wrote an anonymous entry when it is upgraded', () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    // The version before anonymous entries were kept apart: what it recorded is what the upgrade must clear.
    const older = previousVersionFile(path, migrations.findIndex((migration) => migration.sql === anonymousWithoutTracesMigration));
    const stamp = '2026-11-30T14:03:12.123Z';
    older.prepare("INSERT INTO committee (id, name, region, language, created_at, updated_at) VALUES ('c', 'Výbor', 'Kraj', 'cs', ?, ?)").run(stamp, stamp);
    older
      .prepare("INSERT INTO member (id, name, organisation, role, active_from, created_at, updated_at) VALUES ('rep-7f3a', ?, 'Spolek', 'service_user_rep', '2026-01-01', ?, ?)")
      .run(name, stamp, stamp);
    older
      .prepare(
        "INSERT INTO feedback (id, text, contributor_kind, given_on, may_quote, created_at, updated_at, updated_by) VALUES ('fb-1', ?, 'anonymous', '2026-11-30', 1, ?, ?, 'rep-7f3a')",
      )
      .run(words, stamp, stamp);
    older.prepare("INSERT INTO feedback_link (feedback_id, kind, ref) VALUES ('fb-1', 'barrier', 'transport')").run();
    // What the previous version's audit trail recorded: who and the second, beside the words.
    const audit = older.prepare('INSERT INTO audit_log (table_name, record_id, action, new_values, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)');
    audit.run('feedback', 'fb-1', 'insert', JSON.stringify({ text: words }), stamp, 'rep-7f3a');
    audit.run('feedback_link', 'fb-1|barrier|transport', 'insert', JSON.stringify({ kind: 'barrier' }), stamp, 'rep-7f3a');
    // And a draft kept under the representative's id, then a long deleted one whose pages were left free but unwiped.
    const draft = { text: 'Half of it', contributor: { kind: 'anonymous' }, givenOn: '', tags: [], links: [], mayQuote: null, transcribed: false };
    older.prepare("INSERT INTO preference (key, value, updated_at) VALUES ('feedback_draft:rep-7f3a', ?, ?)").run(JSON.stringify(draft), stamp);
    older.prepare("INSERT INTO preference (key, value, updated_at) VALUES ('feedback_draft:rep-7f3a:paper', ?, ?)").run(JSON.stringify({ ...draft, text: 'Gone words from the paper form. '.repeat(300) }), stamp);
    older.prepare("DELETE FROM preference WHERE key = 'feedback_draft:rep-7f3a:paper'").run();
    older.pragma('wal_checkpoint(TRUNCATE)');
    older.close();
    expect(readFileSync(path).includes(Buffer.from('Gone words from the paper form'))).toBe(true);

    const workspace = new Workspace(path);
    expect(workspace.status().status).toBe('ready');
    const db = workspace.db();
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE table_name LIKE 'feedback%'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT table_name, record_id, version, changed_on FROM anonymous_history ORDER BY table_name').all()).toEqual([
      { table_name: 'feedback', record_id: 'fb-1', version: 1, changed_on: '2026-11-30' },
      { table_name: 'feedback_link', record_id: 'fb-1|barrier|transport', version: 1, changed_on: '2026-11-30' },
    ]);
    expect(db.prepare("SELECT created_at, updated_at, updated_by FROM feedback WHERE id = 'fb-1'").get()).toEqual({
      created_at: '2026-11-30T00:00:00.000Z',
      updated_at: '2026-11-30T00:00:00.000Z',
      updated_by: null,
    });
    expect(db.prepare("SELECT key, updated_at FROM preference WHERE key LIKE 'feedback_draft:%'").all()).toEqual([
      { key: 'feedback_draft:open', updated_at: '2026-11-30T00:00:00.000Z' },
    ]);
    workspace.close();
    // The rewritten file keeps nothing of the deleted draft, and no member id near the words.
    const bytes = readFileSync(path);
    expect(bytes.includes(Buffer.from('Gone words from the paper form'))).toBe(false);
    expect(near(bytes, words, ['rep-7f3a', name], 4096).tied).toEqual([]);
  });
});
