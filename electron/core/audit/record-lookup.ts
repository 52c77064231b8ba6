import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';
import { addressForms } from '../domain/address-forms';
import type { AuditValues } from './audit-values';
import type { ChangedBy, RecordRef } from './described-change';
import type { RecordKind } from './record-kinds';
import { recordLabels } from './record-labels';
import { recordLinks } from './record-links';

/** What describing changes needs to know about other records, each looked up once per listing. */
export type RecordLookup = {
  /** The row as the table holds it now, else as the trail last saw it (a deleted row); null when neither knows it. */
  values: (table: string, recordId: string) => AuditValues | null;
  /** The row right after the change `seq` made to it: the trail's next old values, else the row as it is now. */
  valuesAfter: (table: string, recordId: string, seq: number) => AuditValues | null;
  /** A row's key columns, read from the audit trail's record id (the key columns joined by "|"). */
  keyValues: (table: string, recordId: string) => AuditValues;
  /** The key columns of a table in order (empty when the table has none, or does not exist). */
  keyColumns: (table: string) => string[];
  ref: (kind: RecordKind, id: string) => RecordRef;
  member: (id: string | null) => ChangedBy;
};

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function parsed(json: unknown): AuditValues | null {
  if (typeof json !== 'string') return null;
  return Object.fromEntries(rowFields(JSON.parse(json)));
}

/** Looks records up in the database it is given, remembering each answer for the length of one listing. */
export function recordLookup(db: Database.Database): RecordLookup {
  const columns = new Map<string, { names: string[]; keys: string[] }>();
  const known = new Map<string, AuditValues | null>();
  const members = new Map<string, ChangedBy>();
  const lastOldValues = db.prepare('SELECT old_values FROM audit_log WHERE table_name = ? AND record_id = ? AND old_values IS NOT NULL ORDER BY seq DESC LIMIT 1').pluck();
  const nextOldValues = db.prepare('SELECT old_values FROM audit_log WHERE table_name = ? AND record_id = ? AND seq > ? ORDER BY seq LIMIT 1').pluck();
  const current = new Map<string, Database.Statement | null>();
  const now = new Map<string, AuditValues | null>();

  const schemaOf = (table: string) => {
    let schema = columns.get(table);
    if (schema === undefined) {
      const rows = db.prepare(`PRAGMA main.table_info(${quoted(table)})`).all().map((row) => rowFields(row));
      const keys = rows.filter((row) => Number(row.get('pk')) > 0).sort((a, b) => Number(a.get('pk')) - Number(b.get('pk')));
      schema = { names: rows.map((row) => text(row.get('name'))), keys: keys.map((row) => text(row.get('name'))) };
      columns.set(table, schema);
    }
    return schema;
  };

  const keyValues = (table: string, recordId: string): AuditValues => {
    const keys = schemaOf(table).keys;
    if (keys.length === 0) return {};
    // Only the last key column may hold a "|" of its own, so the rest of the id belongs to it.
    const pieces = recordId.split('|');
    const head = pieces.slice(0, keys.length - 1);
    const tail = pieces.slice(keys.length - 1).join('|');
    return Object.fromEntries(keys.map((key, index) => [key, index < keys.length - 1 ? head[index] : tail]));
  };

  const readRow = (table: string, recordId: string): AuditValues | null => {
    let statement = current.get(table);
    if (statement === undefined) {
      const { names, keys } = schemaOf(table);
      statement =
        names.length === 0 ? null : db.prepare(`SELECT * FROM main.${quoted(table)} WHERE ${keys.length === 0 ? 'rowid = ?' : keys.map((key) => `${quoted(key)} = ?`).join(' AND ')}`);
      current.set(table, statement);
    }
    if (statement === null) return null;
    const keys = schemaOf(table).keys;
    const key = keyValues(table, recordId);
    const row: unknown = statement.get(...(keys.length === 0 ? [recordId] : keys.map((name) => key[name])));
    return row === undefined ? null : Object.fromEntries(rowFields(row));
  };

  // A listing runs in one read transaction, so what the table holds cannot change under it.
  const currentRow = (table: string, recordId: string): AuditValues | null => {
    const cacheKey = `${table}\u0000${recordId}`;
    if (!now.has(cacheKey)) now.set(cacheKey, readRow(table, recordId));
    return now.get(cacheKey) ?? null;
  };

  const values = (table: string, recordId: string): AuditValues | null => {
    const cacheKey = `${table}\u0000${recordId}`;
    if (!known.has(cacheKey)) known.set(cacheKey, currentRow(table, recordId) ?? parsed(lastOldValues.get(table, recordId)));
    return known.get(cacheKey) ?? null;
  };

  const lookup: RecordLookup = {
    values,
    valuesAfter: (table, recordId, seq) => parsed(nextOldValues.get(table, recordId, seq)) ?? currentRow(table, recordId),
    keyValues,
    keyColumns: (table) => schemaOf(table).keys,
    ref: (kind, id) => {
      const found = values(kind, id);
      const exists = currentRow(kind, id) !== null;
      return { kind, label: found === null ? null : recordLabels[kind](found, lookup), link: exists ? recordLinks[kind](id, found ?? {}) : null };
    },
    member: (id) => {
      if (id === null) return null;
      let by = members.get(id);
      if (by === undefined) {
        const found = values('member', id);
        by = found === null ? null : { name: text(found['name']), addressForm: addressForms.find((form) => form === found['address_form']) ?? 'neutral' };
        members.set(id, by);
      }
      return by;
    },
  };
  return lookup;
}
