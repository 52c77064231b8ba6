import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { UserError } from '../api/user-error';
import { rowFields } from '../db/row-fields';
import { nowIso } from '../domain/now-iso';
import { serviceNameKey } from '../domain/service-name-key';
import { stopPoint } from '../testing/stop-point';
import { anonymousStamp } from '../feedback/anonymous-stamp';
import { accessFor, type Access } from './access-for';
import { documentNameText, parseDocumentName, type DocumentName } from './document-name';
import type { InviteClaims } from './invite-token';
import { installOutboxTriggers } from './install-outbox-triggers';
import { keepVotesWithinPresent } from './keep-votes-within-present';
import { lateBallots } from './late-ballots';
import { parseRecordKey } from './parse-record-key';
import { reconcileAfterMerge } from './reconcile-after-merge';
import { removesOnlyOwn } from './removes-only-own';
import { settleDecisionNumber } from './settle-decision-number';
import { rowParts, type RowPart } from './row-parts';
import { stampColumns } from './stamp-columns';
import type { Sharing } from './sharing';
import { syncedTables, type SyncedTable } from './synced-table';

type Row = Map<string, unknown>;
/** One change to a document: a row's fields set, a row made or removed, or (`value`) a plain value under a key. */
type Planned = { doc: Y.Doc; table: string; key: string; set?: [string, unknown][]; remove?: true; fresh?: true; value?: unknown };
type Touched = Map<string, Set<string>>;
type ConflictSeen = { table: string; key: string; field: string; kept: unknown; replaced: unknown; id: string };

/** Who and when: a record's stamps change with every edit, so two edits apart always differ there; not a conflict to show. */
const quietFields = ['created_at', 'created_by', 'updated_at', 'updated_by'] as const;

/** The stored form of a value in a document: what SQLite gave, with Buffers as plain bytes. */
function stored(value: unknown): unknown {
  return Buffer.isBuffer(value) ? new Uint8Array(value) : value;
}

/**
 * Whether a document may hold this part of a row at all: the records may hold anything (entries given before
 * sharing are kept there), each other document only its own kind. A device writing something else into a
 * document it may write (the drop box's credential, a member's own feedback or ballot) is not believed.
 */
function mayHold(document: DocumentName | null, table: string, part: Y.Map<unknown>): boolean {
  if (document === null) return false;
  switch (document.part) {
    case 'records':
      return true;
    case 'drop-box':
      return (table === 'feedback' && part.get('contributor_kind') === 'anonymous' && part.get('member_id') === null && part.get('created_by') === null && part.get('updated_by') === null) || table === 'feedback_link';
    case 'feedback':
      return (table === 'feedback' && part.get('member_id') === document.memberId && part.get('contributor_kind') === 'member') || table === 'feedback_link';
    case 'ballot':
      return table === 'vote_dot' && part.get('round_id') === document.roundId && part.get('member_id') === document.memberId;
    case 'ballot-cast':
      return table === 'vote_cast' && part.get('round_id') === document.roundId;
    case 'access':
    case 'keys':
      return false;
  }
}

/** When an update was stored: the day only for the drop box's, as for anonymous entries themselves. */
function storedAt(document: string): string {
  return document.endsWith('/drop-box') ? anonymousStamp(nowIso()) : nowIso();
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b) === 0;
  return a === b;
}

function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * This device's side of sharing. The committee's tables stay the truth every screen reads; each shared
 * Yjs document mirrors the rows it holds (one map per table, one map of fields per row, so two devices
 * changing different fields of a record both keep their change, and the same field ends with one value
 * everywhere by Yjs's own rule).
 * - A local write: triggers note the rows it touched (sync_outbox); before its transaction commits, the
 *   rows are copied into the documents and the Yjs updates that carry them stored (sync_update). A write
 *   to a document this device may only read is refused there, so nothing is written that the server would
 *   drop.
 * - An update received: applied to its document and, in one transaction, to the tables, with the rules
 *   that span records checked after the merge (reconcileAfterMerge) and the update stored. If anything
 *   fails, the transaction is rolled back and the documents rebuilt from what is stored, so nothing is
 *   applied half and the update is asked for again on the next exchange.
 */
export class DeviceSync {
  private readonly docs = new Map<string, Y.Doc>();
  private readonly statements = new Map<string, Database.Statement>();
  private readonly wires = new Map<string, Y.Doc>();
  private tables = new Map<string, SyncedTable>();
  private depth = 0;
  private receiving = false;
  private collected: { name: string; update: Uint8Array; records: number }[] = [];
  private readonly pending: { name: string; update: Uint8Array; id: number }[] = [];
  private readonly resets = new Set<() => void>();
  private readonly committed = new Set<(name: string, update: Uint8Array, id: number) => void>();
  private readonly conflictsSeen: ConflictSeen[] = [];
  private touched: Touched = new Map();
  /** Records changed here by updates received since this connection opened: the screens read again when it grows. */
  receivedChanges = 0;

  constructor(
    private readonly db: Database.Database,
    readonly sharing: Sharing,
  ) {
    this.tables = new Map(syncedTables(db).map((table) => [table.name, table]));
    installOutboxTriggers(db, [...this.tables.values()]);
    this.wrapTransactions();
    this.load(false);
  }

  /** A prepared statement, kept: the same few statements run for every row of every merge. */
  private statement(sql: string): Database.Statement {
    const known = this.statements.get(sql);
    if (known !== undefined) return known;
    const prepared = this.db.prepare(sql);
    this.statements.set(sql, prepared);
    return prepared;
  }

  /** What this device's own invite claims (its expiry aside): what the server lets its connection do. */
  claims(): InviteClaims {
    return { committeeId: this.sharing.committeeId, role: this.sharing.role, memberId: this.sharing.memberId, deviceId: this.sharing.deviceId, expiresAt: '' };
  }

  /** Whether this device's records have the vote round closed. */
  roundClosed(roundId: string): boolean {
    return this.statement("SELECT 1 FROM vote_round WHERE id = ? AND status = 'closed'").get(roundId) !== undefined;
  }

  /** What this device may do with a document (the drop box through the credential every member's device has). */
  accessOf(name: string): Access {
    const document = parseDocumentName(name);
    if (document === null) return 'none';
    if (document.part === 'drop-box') return this.sharing.role === 'observer' ? 'none' : 'write';
    const claims = this.claims();
    if (document.part !== 'ballot') return accessFor(claims, document);
    const round = this.statement('SELECT status, hidden_until_closed FROM vote_round WHERE id = ?').get(document.roundId);
    const fields = round === undefined ? null : rowFields(round);
    return accessFor(claims, document, fields === null ? null : { closed: fields.get('status') === 'closed', hidden: fields.get('hidden_until_closed') === 1 });
  }

  /** The documents this device holds: the records, the drop box, and each member's feedback it may read. */
  documentNames(): string[] {
    const committeeId = this.sharing.committeeId;
    const members = this.statement('SELECT id FROM member ORDER BY id').pluck().all().map(String);
    if (this.sharing.memberId !== null && !members.includes(this.sharing.memberId)) members.push(this.sharing.memberId);
    const names: DocumentName[] = [
      { committeeId, part: 'records' },
      { committeeId, part: 'drop-box' },
      { committeeId, part: 'access' },
      ...members.map((memberId): DocumentName => ({ committeeId, part: 'feedback', memberId })),
    ];
    // Each vote round's list of who has cast, and the ballots of its participants this device may hold.
    for (const row of this.statement('SELECT r.id AS round_id, p.member_id FROM vote_round r LEFT JOIN vote_participant p ON p.round_id = r.id ORDER BY r.id').all()) {
      const fields = rowFields(row);
      const roundId = String(fields.get('round_id'));
      if (!names.some((name) => name.part === 'ballot-cast' && name.roundId === roundId)) names.push({ committeeId, part: 'ballot-cast', roundId });
      const memberId = fields.get('member_id');
      if (typeof memberId === 'string') names.push({ committeeId, part: 'ballot', roundId, memberId });
    }
    return names.map(documentNameText).filter((name) => this.accessOf(name) !== 'none');
  }

  /** A document as this device holds it (created empty the first time). */
  doc(name: string): Y.Doc {
    const known = this.docs.get(name);
    if (known !== undefined) return known;
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'local') this.collected.push({ name, update, records: 0 });
    });
    for (const table of this.tables.keys()) doc.getMap(table).observeDeep((events: Y.YEvent<Y.AbstractType<unknown>>[], transaction) => this.observed(table, events, transaction));
    this.docs.set(name, doc);
    return doc;
  }

  /**
   * The copy of a document a connection works on: it receives a local update only once its transaction has
   * committed, and hands what the server sends to receive(). Kept between exchanges (building it again
   * for each exchange would copy the whole committee every time), rebuilt after a failed receive.
   */
  wire(name: string): Y.Doc {
    const known = this.wires.get(name);
    if (known !== undefined) return known;
    const wire = new Y.Doc();
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(this.doc(name)), 'engine');
    this.wires.set(name, wire);
    return wire;
  }

  /** Called with every local update once its transaction has committed (the connection sends it). */
  onCommitted(listener: (name: string, update: Uint8Array, id: number) => void): () => void {
    this.committed.add(listener);
    return () => this.committed.delete(listener);
  }

  /** Called when the documents were rebuilt from what is stored: a connection's copies are gone and must be made again. */
  onReset(listener: () => void): () => void {
    this.resets.add(listener);
    return () => this.resets.delete(listener);
  }

  /** Local changes not yet confirmed by the server: the number of records they touch. */
  waitingChanges(): number {
    return Number(this.statement('SELECT coalesce(sum(changes), 0) FROM sync_update WHERE shared = 0').pluck().get());
  }

  /** The newest stored update's id: a connection's starting point. */
  newestUpdate(): number {
    return Number(this.statement('SELECT coalesce(max(id), 0) FROM sync_update').pluck().get());
  }

  /**
   * What this device has for the drop box that the server has not taken yet, null when nothing waits:
   * what its copy holds beyond `received` (what the server sent this device of the drop box; nothing, for a
   * representative's device, which is sent none). Not the whole copy: that would be what the server sent
   * this member's own connection, and would tie the upload to it. An edit or removal of an entry written
   * elsewhere (a coordinator tidying the drop box) goes with the whole copy, which the server needs to see
   * that the change may be made (removesOnlyOwn).
   */
  dropBoxPending(received: Uint8Array | null): { upTo: number; update: Uint8Array } | null {
    const name = `${this.sharing.committeeId}/drop-box`;
    const upTo = this.dropBoxWaitsUpTo();
    if (upTo === 0) return null;
    const base = received ?? Y.encodeStateAsUpdate(new Y.Doc());
    const beyond = Y.encodeStateAsUpdate(this.doc(name), Y.encodeStateVectorFromUpdate(base));
    return { upTo, update: removesOnlyOwn(base, beyond) ? beyond : Y.encodeStateAsUpdate(this.doc(name)) };
  }

  /** The newest update for the drop box that the server has not taken yet; 0 when none waits (a cheap question, asked often). */
  dropBoxWaitsUpTo(): number {
    return Number(this.statement('SELECT coalesce(max(id), 0) FROM sync_update WHERE document = ? AND shared = 0').pluck().get(`${this.sharing.committeeId}/drop-box`));
  }

  /** The server holds everything this device wrote to `name` up to update `upTo`. */
  markShared(name: string, upTo: number): void {
    this.db.transaction(() => {
      this.statement('UPDATE sync_update SET shared = 1 WHERE document = ? AND shared = 0 AND id <= ?').run(name, upTo);
      this.statement("UPDATE sync_sharing SET last_synced_at = ? WHERE only = 1").run(nowIso());
    }).immediate();
  }

  /**
   * Drops this device's changes to a document that it may now only read, which the server will never take
   * (dots cast on a device that had not heard that the round was closed): the document goes back to what
   * the server holds, and so do the rows it carries, in one transaction. A member left with no dots in the
   * round is no longer shown as having voted. Returns the number of records put back.
   */
  discardUnshared(name: string): number {
    const waiting = Number(this.statement('SELECT count(*) FROM sync_update WHERE document = ? AND shared = 0').pluck().get(name));
    if (waiting === 0) return 0;
    const keysOf = () => [...this.tables.keys()].flatMap((table) => [...this.doc(name).getMap(table).keys()].map((key) => [table, key] as const));
    const before = keysOf();
    const document = parseDocumentName(name);
    this.receiving = true;
    try {
      const count = this.db.transaction(() => {
        this.statement('DELETE FROM sync_update WHERE document = ? AND shared = 0').run(name);
        // This document alone is built again from what is stored; the connection's copy of it goes on as it
        // is (it may only read, so what it holds of this device's own is never sent), the others untouched.
        this.docs.get(name)?.destroy();
        this.docs.delete(name);
        this.wires.delete(name);
        const stored = this.statement('SELECT data FROM sync_update WHERE document = ? ORDER BY id').pluck().all(name).filter((data) => Buffer.isBuffer(data)).map((data) => new Uint8Array(data));
        if (stored.length > 0) Y.applyUpdate(this.doc(name), Y.mergeUpdates(stored), 'load');
        let changed = 0;
        const attribution = this.statement("SELECT value FROM preference WHERE key = 'current_member_id'").pluck().get();
        for (const phase of ['removals', 'rows'] as const) for (const [table, key] of [...before, ...keysOf()]) changed += this.writeRow(table, key, phase) ? 1 : 0;
        this.restoreAttribution(attribution);
        if (document?.part === 'ballot' && this.statement('SELECT 1 FROM vote_dot WHERE round_id = ? AND member_id = ? AND dots > 0').get(document.roundId, document.memberId) === undefined) {
          this.statement('DELETE FROM vote_cast WHERE round_id = ? AND member_id = ?').run(document.roundId, document.memberId);
        }
        // The member is told, on this device, that these dots were not counted.
        if (document?.part === 'ballot') lateBallots.add(this.db, document.roundId, nowIso());
        return changed;
      }).immediate();
      this.receivedChanges += count;
      return count;
    } catch (error) {
      // Rolled back: the documents go back to what is stored, the changes with them, to be tried again.
      this.load();
      throw error;
    } finally {
      this.receiving = false;
    }
  }

  /** Changes the committee's access document (invites, revoked devices): stored and sent like any change. */
  changeAccess(change: (invites: Y.Map<unknown>, revoked: Y.Map<unknown>) => void): void {
    const doc = this.doc(`${this.sharing.committeeId}/access`);
    if (this.accessOf(`${this.sharing.committeeId}/access`) !== 'write') throw new UserError('sync_coordinator_only');
    this.db.transaction(() => doc.transact(() => change(doc.getMap('invites'), doc.getMap('revoked')), 'local')).immediate();
  }

  /** Puts every shared row into the documents: when the committee is first shared. */
  snapshot(): void {
    this.db.transaction(() => {
      for (const table of this.tables.values()) {
        const keys = table.keyColumns.map((column) => `"${column}"`).join(', ');
        this.statement(`INSERT OR IGNORE INTO sync_outbox (table_name, record_key) SELECT ?, json_array(${keys}) FROM main."${table.name}"`).run(table.name);
      }
    }).immediate();
  }

  /**
   * Applies an update the server sent for `name`, to the document and the tables at once. Returns the
   * number of records it changed here.
   */
  receive(name: string, update: Uint8Array): number {
    const doc = this.doc(name);
    this.receiving = true;
    this.touched = new Map();
    this.conflictsSeen.length = 0;
    try {
      const applied = this.db.transaction(() => {
        this.db.pragma('defer_foreign_keys = ON');
        Y.applyUpdate(doc, update, 'remote');
        let count = 0;
        const attribution = this.statement("SELECT value FROM preference WHERE key = 'current_member_id'").pluck().get();
        // Decisions last: settling a collided number reads whether their meetings' minutes were approved.
        const tables = [...this.touched].sort(([a], [b]) => Number(a === 'decision') - Number(b === 'decision'));
        // Rows gone first: a list replaced on another device (who attended) removes the old rows that the new
        // ones would otherwise collide with.
        for (const phase of ['removals', 'rows'] as const) for (const [table, keys] of tables) for (const key of keys) count += this.writeRow(table, key, phase) ? 1 : 0;
        this.restoreAttribution(attribution);
        for (const conflict of this.conflictsSeen) this.recordConflict(conflict);
        reconcileAfterMerge(this.db);
        keepVotesWithinPresent(this.db);
        this.statement('INSERT INTO sync_update (document, data, changes, shared, created_at) VALUES (?, ?, ?, 1, ?)').run(name, Buffer.from(update), count, storedAt(name));
        return count;
      }).immediate();
      this.receivedChanges += applied;
      return applied;
    } catch (error) {
      // The transaction was rolled back: the documents go back to what is stored, to be asked for again.
      this.load();
      throw error;
    } finally {
      this.receiving = false;
    }
  }

  /** Undoes attaching: the connection's transactions and triggers are as before (when sharing could not be set up). */
  detach(): void {
    Reflect.deleteProperty(this.db, 'transaction');
    for (const table of this.tables.keys()) for (const action of ['insert', 'update', 'delete']) this.db.exec(`DROP TRIGGER IF EXISTS temp."sync_${table}_${action}"`);
    for (const doc of [...this.docs.values(), ...this.wires.values()]) doc.destroy();
    this.docs.clear();
    this.wires.clear();
  }

  /** Rebuilds every document from the stored updates (at start, and after a failed transaction). */
  private load(rebuilt = true): void {
    for (const doc of [...this.docs.values(), ...this.wires.values()]) doc.destroy();
    this.docs.clear();
    this.wires.clear();
    // Connections working on the old copies start again from the new ones.
    if (rebuilt) {
      queueMicrotask(() => {
        for (const listener of this.resets) listener();
      });
    }
    const rows = this.statement('SELECT document, data FROM sync_update ORDER BY id').all().map((row) => rowFields(row));
    const byName = new Map<string, Uint8Array[]>();
    for (const row of rows) {
      const name = String(row.get('document'));
      const data = row.get('data');
      if (Buffer.isBuffer(data)) byName.set(name, [...(byName.get(name) ?? []), new Uint8Array(data)]);
    }
    for (const [name, updates] of byName) Y.applyUpdate(this.doc(name), Y.mergeUpdates(updates), 'load');
  }

  /**
   * Every transaction of this connection copies the rows it changed into the documents just before it
   * commits (the outermost one, so nested steps are shared as one change), and hands the updates to the
   * connection once the commit is done.
   */
  private wrapTransactions(): void {
    const original = this.db.transaction.bind(this.db);
    const wrapped = <F extends (...args: never[]) => unknown>(fn: F) => {
      const inner = original((...args: Parameters<F>) => {
        this.depth += 1;
        try {
          const result = fn(...args);
          if (this.depth === 1) this.flush();
          return result;
        } finally {
          this.depth -= 1;
        }
      });
      // The outermost call returns once SQLite has committed (or throws once it has rolled back): the updates
      // are handed on, or the documents rebuilt, right then, before anything else can run.
      const settled = <A extends unknown[], R>(run: (...args: A) => R) => (...args: A): R => {
        const outermost = !this.db.inTransaction;
        try {
          const result = run(...args);
          if (outermost) this.afterCommit();
          return result;
        } catch (error) {
          if (outermost) this.afterRollback();
          throw error;
        }
      };
      return Object.assign(settled(inner), {
        deferred: settled((...args: Parameters<F>) => inner.deferred(...args)),
        immediate: settled((...args: Parameters<F>) => inner.immediate(...args)),
        exclusive: settled((...args: Parameters<F>) => inner.exclusive(...args)),
        default: settled((...args: Parameters<F>) => inner.default(...args)),
      });
    };
    // Replaced on this connection only: every write of the workbench goes through db.transaction, so this is
    // the one place where a write and the update that shares it can be put in the same transaction.
    Object.defineProperty(this.db, 'transaction', { value: wrapped, configurable: true });
  }

  /** The transaction that stored `pending` has committed: each update goes to its connection's copy and on. */
  private afterCommit(): void {
    const committed = this.pending.splice(0);
    for (const item of committed) {
      const wire = this.wires.get(item.name);
      if (wire !== undefined) Y.applyUpdate(wire, item.update, 'engine');
      for (const listener of this.committed) listener(item.name, item.update, item.id);
    }
  }

  /** The transaction was rolled back: the documents may hold what it wrote, so they are rebuilt from what is stored. */
  private afterRollback(): void {
    const lost = this.pending.splice(0);
    if (lost.length > 0 || this.collected.length > 0) {
      this.collected.length = 0;
      this.load();
    }
  }

  /** Who a received change is recorded as in this device's audit trail: whoever the record says changed it. */
  private attribute(row: Row | null): void {
    const who = row?.get('updated_by') ?? row?.get('created_by') ?? null;
    if (typeof who === 'string') this.statement("INSERT INTO preference (key, value, updated_at) VALUES ('current_member_id', ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(who, anonymousStamp(nowIso()));
    else this.statement("DELETE FROM preference WHERE key = 'current_member_id'").run();
  }

  private restoreAttribution(value: unknown): void {
    this.attribute(new Map([['updated_by', value ?? null]]));
  }

  /** Notes which rows a received update touched, and same-field changes made on two devices. */
  private observed(table: string, events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void {
    if (transaction.origin !== 'remote') return;
    const keys = this.touched.get(table) ?? new Set<string>();
    this.touched.set(table, keys);
    for (const event of events) {
      if (event.path.length === 0) {
        for (const key of event.changes.keys.keys()) keys.add(key);
        continue;
      }
      const key = String(event.path[0]);
      keys.add(key);
      if (!(event.target instanceof Y.Map)) continue;
      const target: Y.Map<unknown> = event.target;
      for (const [field, change] of event.changes.keys) {
        if (change.action !== 'update' || (quietFields as readonly string[]).includes(field)) continue;
        const current = target._map.get(field);
        // Two devices that drew the same consequence from a merge wrote the same value: nothing was replaced.
        if (current !== undefined && !same(target.get(field), change.oldValue) && this.writtenApart(current, event)) this.conflictsSeen.push({ table, key, field, kept: target.get(field), replaced: change.oldValue, id: `${String(current.id.client)}:${String(current.id.clock)}` });
      }
    }
  }

  /**
   * Whether a field's new value was written without knowing the value it replaced here: each value that
   * arrived was written on top of the one before it (its origin), unless two devices wrote apart. The values
   * that arrived are walked back to the one this device had; a value whose origin is not its neighbour was
   * written on another device without seeing it.
   */
  private writtenApart(current: Y.Item, event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
    let item: Y.Item = current;
    while (event.adds(item)) {
      const left: Y.Item | null = item.left;
      if (left === null) return false;
      if (item.origin === null || !Y.compareIDs(item.origin, left.lastId)) return true;
      item = left;
    }
    return false;
  }

  private recordConflict(conflict: ConflictSeen): void {
    if (conflict.table === 'merge_conflict') return;
    // Named by the value kept, so that every device noticing the same conflict writes the same row once.
    const id = createHash('sha256').update(`${conflict.table}|${conflict.key}|${conflict.field}|${conflict.id}`).digest('hex').slice(0, 32);
    this.statement('INSERT OR IGNORE INTO merge_conflict (id, table_name, record_key, field, kept, replaced, noticed_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, conflict.table, conflict.key, conflict.field, shown(conflict.kept), shown(conflict.replaced), nowIso());
  }

  /** The row as the documents now have it (the parts of a feedback entry put together), or null if it is gone. */
  private composed(table: SyncedTable, key: string): Row | null {
    const parts: Y.Map<unknown>[] = [];
    for (const [name, doc] of this.docs) {
      const part = doc.getMap(table.name).get(key);
      if (part instanceof Y.Map && mayHold(parseDocumentName(name), table.name, part)) parts.push(part);
    }
    if (parts.length === 0) return null;
    const row: Row = new Map();
    const stamp = (part: Y.Map<unknown>) => {
      const value = part.get('updated_at');
      return typeof value === 'string' ? value : '';
    };
    const newest = [...parts].sort((a, b) => stamp(b).localeCompare(stamp(a)))[0];
    for (const part of parts) for (const [field, value] of part.entries()) if (!row.has(field) || !stampColumns.includes(field)) row.set(field, value);
    for (const field of stampColumns) if (newest?.has(field) === true) row.set(field, newest.get(field));
    // An answer without the entry it answers (not arrived yet, or deleted) is no row.
    return table.columns.every((column) => !column.required || row.has(column.name)) ? row : null;
  }

  /** Writes one received row to its table (or deletes it, in the removals phase); true when the table changed. */
  private writeRow(tableName: string, key: string, phase: 'removals' | 'rows'): boolean {
    const table = this.tables.get(tableName);
    if (table === undefined) return false;
    const keyValues = parseRecordKey(key);
    const row = this.composed(table, key);
    if ((row === null) !== (phase === 'removals')) return false;
    this.attribute(row);
    if (row === null) return this.statement(`DELETE FROM main."${table.name}" WHERE ${table.keyWhere}`).run(...keyValues).changes > 0;
    const current = this.rowAt(table, keyValues);
    if (table.name === 'decision') settleDecisionNumber(this.db, row);
    const columns = table.columns.map((column) => column.name).filter((name) => row.has(name));
    if (current !== null && columns.every((name) => same(stored(current.get(name)), row.get(name)))) return false;
    const list = columns.map((name) => `"${name}"`).join(', ');
    const updates = columns.filter((name) => !table.keyColumns.includes(name)).map((name) => `"${name}" = excluded."${name}"`);
    const conflict = updates.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updates.join(', ')}`;
    const keys = table.keyColumns.map((column) => `"${column}"`).join(', ');
    const upsert = this.statement(`INSERT INTO main."${table.name}" (${list}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT (${keys}) ${conflict}`);
    const values = () =>
      columns.map((name) => {
        const value = row.get(name);
        return value instanceof Uint8Array ? Buffer.from(value) : value;
      });
    try {
      upsert.run(...values());
    } catch (error) {
      // Another record already holds what must be unique (a service's name, a quarter's figures), both made
      // apart: settled the same way on every device, then written again, or not at all.
      if (!(error instanceof Error) || !error.message.startsWith('UNIQUE constraint failed: ') || !this.settleCollision(table, key, row, error.message)) throw error;
      if (!row.has('__skip')) upsert.run(...values());
      return !row.has('__skip');
    }
    return true;
  }

  /**
   * Two records made apart that may not both be (the same unique columns): the one made first (then the
   * smaller key) stays. The other, for a service, takes its name with a number after it; otherwise it gives
   * way, here as on every device: the one already here is deleted (its dependants cleared by the rules
   * after the merge), or the one received is not written (marked `__skip` on `row`). False when the
   * constraint is not one this can read, so the merge fails whole instead.
   */
  private settleCollision(table: SyncedTable, key: string, row: Row, message: string): boolean {
    const columns = message
      .slice('UNIQUE constraint failed: '.length)
      .split(', ')
      .map((column) => column.replace(`${table.name}.`, ''));
    if (columns.some((column) => !table.columns.some((known) => known.name === column))) return false;
    const where = columns.map((column) => `"${column}" IS ?`).join(' AND ');
    const found = this.statement(`SELECT * FROM main."${table.name}" WHERE ${where}`).get(...columns.map((column) => row.get(column)));
    if (found === undefined) return false;
    const rival = rowFields(found);
    const rivalKey = JSON.stringify(table.keyColumns.map((column) => rival.get(column)));
    const made = (fields: ReadonlyMap<string, unknown>, ownKey: string) => `${typeof fields.get('created_at') === 'string' ? String(fields.get('created_at')) : ''}|${ownKey}`;
    const incomingFirst = made(row, key) < made(rival, rivalKey);
    const rivalKeyValues = table.keyColumns.map((column) => rival.get(column));
    if (table.name === 'service') {
      const later = incomingFirst ? rival : row;
      const name = typeof later.get('name') === 'string' ? String(later.get('name')) : '';
      let number = 2;
      while (this.statement('SELECT 1 FROM service WHERE name_key = ?').get(serviceNameKey(`${name} (${String(number)})`)) !== undefined) number += 1;
      const renamed = `${name} (${String(number)})`;
      if (incomingFirst) this.statement(`UPDATE main."service" SET name = ?, name_key = ? WHERE ${table.keyWhere}`).run(renamed, serviceNameKey(renamed), ...rivalKeyValues);
      else {
        row.set('name', renamed);
        row.set('name_key', serviceNameKey(renamed));
      }
      return true;
    }
    if (incomingFirst) this.statement(`DELETE FROM main."${table.name}" WHERE ${table.keyWhere}`).run(...rivalKeyValues);
    else row.set('__skip', true);
    return true;
  }

  /** The columns a part holds: its own list, or every column no other part lists (with the stamps). */
  private columnsOf(table: SyncedTable, part: RowPart, parts: RowPart[]): string[] {
    if (part.columns !== 'all') return [...part.columns];
    const elsewhere = new Set(parts.flatMap((other) => (other.columns === 'all' ? [] : other.columns)));
    return table.columns.map((column) => column.name).filter((name) => !elsewhere.has(name) || stampColumns.includes(name));
  }

  /**
   * Copies the rows the outbox names into the documents. A change to a document this device may only read
   * refuses the whole write, unless it is a consequence of a merge that every device draws alike.
   */
  private flush(): void {
    const pending = this.statement('SELECT table_name, record_key FROM sync_outbox').all().map((row) => rowFields(row));
    if (pending.length === 0 && this.collected.length === 0) return;
    const planned: Planned[] = [];
    for (const entry of pending) {
      const table = this.tables.get(String(entry.get('table_name')));
      // A round's state for the server first, so that it has the round closed before any device hears of it.
      if (table?.name === 'vote_round') planned.push(...this.roundStateSteps(String(entry.get('record_key'))));
      if (table !== undefined) planned.push(...this.plan(table, String(entry.get('record_key'))));
      // Closed (here, or on another device): the dots typed in here for others, held until now, go with it.
      if (table?.name === 'vote_round') planned.push(...this.heldDots(String(entry.get('record_key'))));
    }
    this.statement('DELETE FROM sync_outbox').run();
    const byDoc = new Map<Y.Doc, Planned[]>();
    for (const step of planned) byDoc.set(step.doc, [...(byDoc.get(step.doc) ?? []), step]);
    for (const [doc, steps] of byDoc) {
      const before = this.collected.length;
      doc.transact(() => {
        for (const step of steps) {
          const map = doc.getMap(step.table);
          if (step.remove === true) map.delete(step.key);
          else if ('value' in step) map.set(step.key, step.value);
          else if (step.fresh === true) map.set(step.key, new Y.Map(step.set));
          else {
            const fields = map.get(step.key);
            if (fields instanceof Y.Map) for (const [field, value] of step.set ?? []) fields.set(field, value);
          }
        }
      }, 'local');
      const records = new Set(steps.map((step) => `${step.table} ${step.key}`)).size;
      for (const item of this.collected.slice(before)) item.records = records;
    }
    const insert = this.statement('INSERT INTO sync_update (document, data, changes, shared, created_at) VALUES (?, ?, ?, 0, ?)');
    const written = this.collected.splice(0).map((item) => ({ ...item, id: Number(insert.run(item.name, Buffer.from(item.update), item.records, storedAt(item.name)).lastInsertRowid) }));
    // The crash test stops here: the change and its update are written, neither is committed.
    stopPoint('sync:update-stored');
    // Handed on once the transaction has committed (afterCommit), or dropped if it is rolled back.
    this.pending.push(...written);
  }

  /**
   * What the server knows of a vote round, kept by coordinators' devices in the access document, which only
   * they write: `rounds` (whether it hides its votes, noted when a coordinator's device first sees the round)
   * and `closedRounds` (set when a coordinator's device closes it, never unset: a note made apart can add a
   * round, never reopen one). The server opens a member's ballot to others by these, not by the records that
   * members write. A round that arrived from another device is noted open; only closing it here closes it.
   */
  private roundStateSteps(key: string): Planned[] {
    const accessName = `${this.sharing.committeeId}/access`;
    if (this.sharing.role !== 'coordinator' || this.accessOf(accessName) !== 'write') return [];
    const table = this.tables.get('vote_round');
    const row = table === undefined ? null : this.rowAt(table, parseRecordKey(key));
    if (row === null) return [];
    const doc = this.doc(accessName);
    const roundId = String(row.get('id'));
    const steps: Planned[] = [];
    // Plain values, not maps: two devices noting the same round write the same value, and neither undoes the other.
    if (!doc.getMap('rounds').has(roundId)) steps.push({ doc, table: 'rounds', key: roundId, value: row.get('hidden_until_closed') === 1 });
    if (!this.receiving && row.get('status') === 'closed' && !doc.getMap('closedRounds').has(roundId)) steps.push({ doc, table: 'closedRounds', key: roundId, value: true });
    return steps;
  }

  /**
   * Dots typed in on this device for another member in a round that hides its votes and is open: their
   * ballot is theirs to write, and the records would put them on every member's device before the round
   * closes. A coordinator's device keeps them (in its tables only) until it closes the round; another
   * device may not type them in at all.
   */
  private heldUntilClosed(dot: Row): boolean {
    if (this.receiving) return false;
    const memberId = String(dot.get('member_id'));
    const roundId = String(dot.get('round_id'));
    if (memberId === this.sharing.memberId) return false;
    const round = this.statement('SELECT status, hidden_until_closed FROM vote_round WHERE id = ?').get(roundId);
    const fields = round === undefined ? null : rowFields(round);
    if (fields?.get('status') !== 'open' || fields.get('hidden_until_closed') !== 1) return false;
    if (this.sharing.role !== 'coordinator') throw new UserError('sync_ballot_others');
    return true;
  }

  /** A round closed on this device: every dot of it, so that those held until now are shared. */
  private heldDots(roundKey: string): Planned[] {
    const table = this.tables.get('vote_dot');
    const round = this.tables.get('vote_round');
    if (table === undefined || round === undefined || this.rowAt(round, parseRecordKey(roundKey))?.get('status') !== 'closed') return [];
    const keys = this.statement('SELECT json_array(round_id, item_id, member_id) FROM vote_dot WHERE round_id = ? AND member_id IS NOT ?').pluck().all(parseRecordKey(roundKey)[0], this.sharing.memberId);
    return keys.flatMap((key) => this.plan(table, String(key)));
  }

  /**
   * The document a row's part is written to: where the part already is, if it is in another document than
   * its rule says (an entry given at the coordinator's computer before the committee was shared, which
   * went to the records); otherwise where the rule puts it, or the records when the rule's document is not
   * this device's to write and the row is new to sharing (a representative's feedback typed in at the
   * coordinator's computer). Every device reads a row from wherever its parts are.
   */
  private placeOf(table: string, key: string, part: RowPart): string {
    const ruled = documentNameText(part.document);
    if (!part.main || this.docs.get(ruled)?.getMap(table).get(key) instanceof Y.Map) return ruled;
    const records = `${this.sharing.committeeId}/records`;
    const elsewhere = [...this.docs].find(([name, doc]) => name !== ruled && doc.getMap(table).get(key) instanceof Y.Map && !this.isAnswerOnly(doc, table, key));
    if (elsewhere !== undefined) return elsewhere[0];
    return this.accessOf(ruled) !== 'write' && this.accessOf(records) === 'write' ? records : ruled;
  }

  /** Whether the records hold only the committee's answer to a feedback entry (not the entry itself). */
  private isAnswerOnly(doc: Y.Doc, table: string, key: string): boolean {
    const fields = doc.getMap(table).get(key);
    return table === 'feedback' && fields instanceof Y.Map && !fields.has('text');
  }

  /** A row of a shared table as the table has it now, by its key; null when there is none. */
  private rowAt(table: SyncedTable, keyValues: readonly (string | number)[]): Row | null {
    const found = this.statement(`SELECT * FROM main."${table.name}" WHERE ${table.keyWhere}`).get(...keyValues);
    return found === undefined ? null : rowFields(found);
  }

  /** What writing one row to the documents takes, or a refusal when it needs a document this device only reads. */
  private plan(table: SyncedTable, key: string): Planned[] {
    const row = this.rowAt(table, parseRecordKey(key));
    // Closing a round opens every ballot of it to the others: on a shared committee, a coordinator's device does it.
    if (table.name === 'vote_round' && row?.get('status') === 'closed' && !this.receiving && this.sharing.role !== 'coordinator') {
      const shared = this.doc(`${this.sharing.committeeId}/records`).getMap('vote_round').get(key);
      if (!(shared instanceof Y.Map) || shared.get('status') !== 'closed') throw new UserError('sync_round_close_coordinator');
    }
    if (table.name === 'vote_dot' && row !== null && this.heldUntilClosed(row)) return [];
    const steps: Planned[] = [];
    const allowed = (name: string, needed: boolean): boolean => {
      if (this.accessOf(name) === 'write') return true;
      if (needed && !this.receiving) throw new UserError('sync_read_only');
      return false;
    };
    if (row === null) {
      for (const [name, doc] of this.docs) if (doc.getMap(table.name).has(key) && allowed(name, true)) steps.push({ doc, table: table.name, key, remove: true });
      return steps;
    }
    const feedback = table.name === 'feedback_link' ? this.statement('SELECT * FROM feedback WHERE id = ?').get(row.get('feedback_id')) : undefined;
    const parts = rowParts(this.sharing.committeeId, table.name, row, feedback === undefined ? undefined : rowFields(feedback));
    // Parts that end up in the same document (an entry kept in the records with its answer) are one map there.
    const places = new Map<string, { main: boolean; columns: Set<string> }>();
    for (const part of parts) {
      const name = this.placeOf(table.name, key, part);
      const place = places.get(name) ?? { main: false, columns: new Set<string>() };
      place.main ||= part.main;
      for (const column of this.columnsOf(table, part, parts)) place.columns.add(column);
      places.set(name, place);
    }
    for (const [name, place] of places) {
      if (this.accessOf(name) === 'none' && !place.main) continue;
      const doc = this.doc(name);
      const fields = doc.getMap(table.name).get(key);
      const columns = [...place.columns];
      const changed = columns.filter((column) => !(fields instanceof Y.Map) || !same(fields.get(column), stored(row.get(column))));
      if (changed.length === 0) continue;
      // An answer part still at its defaults (a representative's new entry) is not a change to the records.
      const defaults = !(fields instanceof Y.Map) && !place.main && changed.every((column) => {
        const value = row.get(column);
        return value === null || stampColumns.includes(column) || table.columns.find((c) => c.name === column)?.defaultValue === value;
      });
      // Who and when alone is no change to share to a part of a row kept in several documents (each part keeps
      // its own): it would put, say, the answerer's change into the drop box beside the anonymous entry, from
      // their device. A row kept whole shares them (a meeting whose attendance was changed).
      const onlyStamps = places.size > 1 && changed.every((column) => stampColumns.includes(column));
      if (defaults || onlyStamps) continue;
      if (!allowed(name, true)) continue;
      const values = changed.map((column): [string, unknown] => [column, stored(row.get(column))]);
      steps.push(fields instanceof Y.Map ? { doc, table: table.name, key, set: values } : { doc, table: table.name, key, set: columns.map((column) => [column, stored(row.get(column))]), fresh: true });
    }
    return steps;
  }
}
