import Database from 'better-sqlite3';
import { existsSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

describe('the command line', () => {
  it('creates a committee with init and refuses to overwrite it', () => {
    const db = join(tempDir(), 'pardubice.sqlite');
    const created = runCli(['init', db, '--committee', 'Řídicí výbor IPS Pardubice', '--region', 'Pardubický kraj', '--lang', 'cs']);
    expect(created.exitCode).toBe(0);
    const file = new Database(db, { readonly: true });
    expect(file.prepare('SELECT name, region, language FROM committee').get()).toEqual({ name: 'Řídicí výbor IPS Pardubice', region: 'Pardubický kraj', language: 'cs' });
    file.close();
    const before = fileDigest(db);
    const again = runCli(['init', db, '--committee', 'Other', '--region', 'Other']);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr.split('\n')).toHaveLength(1);
    expect(fileDigest(db)).toBe(before);
  });

  it('answers wrong usage with exit status 2 and the usage text', () => {
    const dir = tempDir();
    expect(runCli([]).exitCode).toBe(2);
    expect(runCli(['frobnicate']).exitCode).toBe(2);
    const missingRegion = runCli(['init', join(dir, 'x.sqlite'), '--committee', 'X']);
    expect(missingRegion.exitCode).toBe(2);
    expect(missingRegion.stderr).toMatch(/--region/);
    expect(runCli(['init', join(dir, 'x.sqlite'), '--committee', 'X', '--region', 'Y', '--lang', 'de']).exitCode).toBe(2);
    expect(runCli(['check']).exitCode).toBe(2);
    expect(runCli(['export', join(dir, 'x.sqlite')]).exitCode).toBe(2);
    expect(runCli(['demo', join(dir, 'x.sqlite'), '--colour']).exitCode).toBe(2);
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false);
  });

  it('checks a healthy demo database as ok and a damaged one as not', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect(runCli(['demo', db]).exitCode).toBe(0);
    expect(runCli(['check', db])).toEqual({ exitCode: 0, stdout: 'ok', stderr: '' });

    const broken = new Database(db);
    broken.pragma('foreign_keys = OFF');
    broken.prepare("UPDATE member SET created_by = 'someone-deleted' WHERE role = 'chair'").run();
    broken.close();
    const result = runCli(['check', db]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/foreign key: .* member/);
  });

  it('reports a corrupt file and a file that is not a database with exit status 1, changing nothing', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    runCli(['demo', db]);
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, 4096);
    closeSync(fd);
    const before = fileDigest(db);
    const corrupt = runCli(['check', db]);
    expect(corrupt.exitCode).toBe(1);
    expect(corrupt.stderr).toMatch(/damaged/);
    expect(fileDigest(db)).toBe(before);

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    expect(runCli(['export', text, '--out', join(dir, 'out.json')])).toMatchObject({ exitCode: 1 });
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('exports every record of every table as JSON', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    runCli(['demo', db, '--lang', 'cs']);
    const out = join(dir, 'export.json');
    const result = runCli(['export', db, '--out', out]);
    expect(result.exitCode).toBe(0);
    const data: unknown = JSON.parse(readFileSync(out, 'utf8'));
    const file = new Database(db, { readonly: true });
    const tables = file.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(data).toMatchObject({ format: 'ips-steering-workbench-export' });
    for (const table of tables) {
      const count = file.prepare(`SELECT count(*) FROM "${String(table)}"`).pluck().get();
      expect(data, String(table)).toHaveProperty(['tables', String(table)]);
      expect((data as { tables: Record<string, unknown[]> }).tables[String(table)]).toHaveLength(Number(count));
    }
    file.close();
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('refuses to export into a folder that does not exist', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    runCli(['demo', db]);
    const result = runCli(['export', db, '--out', join(dir, 'no', 'such', 'out.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/does not exist/);
  });
});
