import Database from 'better-sqlite3';
import { existsSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../electron/cli/run-cli';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';
import { docxParts } from '../helpers/docx-parts';
import { docxText } from '../helpers/docx-blocks';

describe('the command line', () => {
  it('creates a committee with init and refuses to overwrite it', async () => {
    const db = join(tempDir(), 'pardubice.sqlite');
    const created = (await runCli(['init', db, '--committee', 'Řídicí výbor IPS Pardubice', '--region', 'Pardubický kraj', '--lang', 'cs']));
    expect(created.exitCode).toBe(0);
    const file = new Database(db, { readonly: true });
    expect(file.prepare('SELECT name, region, language FROM committee').get()).toEqual({ name: 'Řídicí výbor IPS Pardubice', region: 'Pardubický kraj', language: 'cs' });
    file.close();
    const before = fileDigest(db);
    const again = (await runCli(['init', db, '--committee', 'Other', '--region', 'Other']));
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr.split('\n')).toHaveLength(1);
    expect(fileDigest(db)).toBe(before);
  });

  it('answers wrong usage with exit status 2 and the usage text', async () => {
    const dir = tempDir();
    expect((await runCli([])).exitCode).toBe(2);
    expect((await runCli(['frobnicate'])).exitCode).toBe(2);
    const missingRegion = (await runCli(['init', join(dir, 'x.sqlite'), '--committee', 'X']));
    expect(missingRegion.exitCode).toBe(2);
    expect(missingRegion.stderr).toMatch(/--region/);
    expect((await runCli(['init', join(dir, 'x.sqlite'), '--committee', 'X', '--region', 'Y', '--lang', 'de'])).exitCode).toBe(2);
    expect((await runCli(['check'])).exitCode).toBe(2);
    expect((await runCli(['export', join(dir, 'x.sqlite')])).exitCode).toBe(2);
    expect((await runCli(['demo', join(dir, 'x.sqlite'), '--colour'])).exitCode).toBe(2);
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false);
  });

  it('checks a healthy demo database as ok and a damaged one as not', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', db])).exitCode).toBe(0);
    expect((await runCli(['check', db]))).toEqual({ exitCode: 0, stdout: 'ok', stderr: '' });

    const broken = new Database(db);
    broken.pragma('foreign_keys = OFF');
    broken.prepare("UPDATE member SET created_by = 'someone-deleted' WHERE role = 'chair'").run();
    broken.close();
    const result = (await runCli(['check', db]));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/foreign key: .* member/);
  });

  it('reports a corrupt file and a file that is not a database with exit status 1, changing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    (await runCli(['demo', db]));
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, 4096);
    closeSync(fd);
    const before = fileDigest(db);
    const corrupt = (await runCli(['check', db]));
    expect(corrupt.exitCode).toBe(1);
    expect(corrupt.stderr).toMatch(/damaged/);
    expect(fileDigest(db)).toBe(before);

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    expect((await runCli(['export', text, '--out', join(dir, 'out.json')]))).toMatchObject({ exitCode: 1 });
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('exports every record of every table as JSON', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    (await runCli(['demo', db, '--lang', 'cs']));
    const out = join(dir, 'export.json');
    const result = (await runCli(['export', db, '--out', out]));
    expect(result.exitCode).toBe(0);
    const data: unknown = JSON.parse(readFileSync(out, 'utf8'));
    const file = new Database(db, { readonly: true });
    const tables = file.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(data).toMatchObject({ format: 'ips-steering-workbench-export' });
    // What a device holds of the shared documents is their encoding, not records: the export leaves it out.
    for (const table of tables.filter((name) => name !== 'sync_update' && name !== 'sync_outbox')) {
      const count = file.prepare(`SELECT count(*) FROM "${String(table)}"`).pluck().get();
      expect(data, String(table)).toHaveProperty(['tables', String(table)]);
      expect((data as { tables: Record<string, unknown[]> }).tables[String(table)]).toHaveLength(Number(count));
    }
    file.close();
    expect(existsSync(`${out}.partial`)).toBe(false);
    const exported = z
      .object({ tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) })
      .parse(data).tables;
    for (const table of ['meeting', 'meeting_attendee', 'agenda_item', 'decision', 'decision_version', 'action', 'action_progress', 'feedback', 'feedback_link', 'audit_log']) {
      expect(exported[table]?.length, table).toBeGreaterThan(0);
    }
    const anonymous = (exported['feedback'] ?? []).filter((row) => row['contributor_kind'] === 'anonymous');
    expect(anonymous.length).toBeGreaterThan(0);
    for (const row of anonymous) expect([row['member_id'], row['created_by']]).toEqual([null, null]);
  });

  it('writes the report for a half-year or for dates, lists it afterwards, and refuses dates that are no days', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    await runCli(['demo', db, '--lang', 'cs']);
    const out = join(dir, 'zprava.docx');
    const written = await runCli(['report', db, '--period', '2026-H1', '--out', out]);
    expect(written.exitCode).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const file = new Database(db, { readonly: true });
    expect(file.prepare('SELECT period_from, period_to, language, last_exported_at IS NOT NULL AS exported FROM report').all()).toEqual([
      { period_from: '2026-01-01', period_to: '2026-06-30', language: 'cs', exported: 1 },
    ]);
    file.close();
    expect((await runCli(['report', db, '--from', '2026-01-01', '--to', '2026-09-30', '--lang', 'en', '--out', join(dir, 'custom.docx')])).exitCode).toBe(0);
    for (const wrong of [
      ['--from', '2026-02-30', '--to', '2026-06-30'],
      ['--from', '2026-07-01', '--to', '2026-06-30'],
      ['--period', '2026-H3'],
      ['--period', '2026-H1', '--from', '2026-01-01', '--to', '2026-06-30'],
    ]) {
      const refused = await runCli(['report', db, ...wrong, '--out', join(dir, 'wrong.docx')]);
      expect(refused.exitCode, wrong.join(' ')).toBe(2);
      expect(existsSync(join(dir, 'wrong.docx'))).toBe(false);
    }
  });

  it('writes the report without its appendix, and the easy-read summary in large type, which is not listed as a report', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    await runCli(['demo', db, '--lang', 'en']);
    const short = join(dir, 'short.docx');
    expect((await runCli(['report', db, '--period', '2026-H1', '--no-appendix', '--out', short])).exitCode).toBe(0);
    const body = docxParts(readFileSync(short)).text('/word/document.xml');
    expect(body).toContain('Next steps');
    expect(body).not.toContain('Appendix: definitions and sources');
    const easy = join(dir, 'easy.docx');
    const written = await runCli(['report', db, '--period', '2026-H1', '--easy-read', '--out', easy]);
    expect(written).toMatchObject({ exitCode: 0, stdout: `Wrote the easy-read summary for 2026-01-01 to 2026-06-30 (en) to ${easy}.` });
    const parts = docxParts(readFileSync(easy));
    const text = docxText(parts.text('/word/document.xml'));
    expect(text).toContain('What the IPS committee did from January to June 2026');
    expect(text).toContain('people started a new job.');
    expect(text).toContain('What you told us, and what we did');
    // At least 14 pt (28 half-points) throughout.
    expect(parts.text('/word/styles.xml')).toContain('<w:sz w:val="28"/>');
    const file = new Database(db, { readonly: true });
    expect(file.prepare('SELECT count(*) FROM report').pluck().get()).toBe(1);
    file.close();
  });

  it('prints a period’s caseload as the average per quarter and its flows as sums', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    await runCli(['demo', db, '--lang', 'en']);
    const half = await runCli(['figures', db, '--period', '2026-H1']);
    expect(half.stdout).toMatch(/ {2}served +\d+(\.\d)? \(average per quarter\)/);
    expect(half.stdout).toMatch(/ {2}referrals +\d+\n/);
    const quarter = await runCli(['figures', db, '--period', '2026-Q1']);
    expect(quarter.stdout).not.toContain('average per quarter');
  });

  it('writes the minutes of a meeting chosen by date, and says which dates exist when none matches', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    await runCli(['demo', db, '--lang', 'en']);
    const file = new Database(db, { readonly: true });
    const heldOn = String(file.prepare('SELECT max(held_on) FROM meeting').pluck().get());
    file.close();
    const out = join(dir, 'minutes.docx');
    const written = await runCli(['minutes', db, '--meeting', heldOn, '--out', out]);
    expect(written.exitCode).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const missing = await runCli(['minutes', db, '--meeting', '1999-01-01', '--out', join(dir, 'none.docx')]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain(heldOn);
    expect(existsSync(join(dir, 'none.docx'))).toBe(false);
    expect((await runCli(['minutes', db, '--out', out])).exitCode).toBe(2);
    expect((await runCli(['minutes', db, '--meeting', heldOn, '--out', join(dir, 'minutes.pdf')])).exitCode).toBe(2);
  });

  it('refuses to export into a folder that does not exist', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    (await runCli(['demo', db]));
    const result = (await runCli(['export', db, '--out', join(dir, 'no', 'such', 'out.json')]));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/does not exist/);
  });
});
