// Sharing, timed beside the practical limit measured in the same run: joining the large synthetic committee
// (and the bytes it takes), merging 1,000 offline changes, and the time from an edit on one device to its
// appearance on another over loopback. The limit is what the engines do alone: Yjs applying the same update
// to an empty document, and SQLite writing the same rows with prepared statements. Called from main.ts.
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { createCommittee } from '../../electron/core/committee/create-committee';
import { currentMember } from '../../electron/core/committee/current-member';
import { saveMember } from '../../electron/core/committee/save-member';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { measures } from '../../electron/core/domain/measures';
import { addQuarters } from '../../electron/core/domain/quarter';
import { serviceNameKey } from '../../electron/core/domain/service-name-key';
import { createInvite } from '../../electron/core/sync/create-invite';
import { deviceSyncs } from '../../electron/core/sync/device-syncs';
import { joinCommittee } from '../../electron/core/sync/join-committee';
import { shareCommittee } from '../../electron/core/sync/share-committee';
import { SyncLink } from '../../electron/core/sync/sync-link';
import { syncOnce } from '../../electron/core/sync/sync-once';
import { createSyncServer } from '../../electron/sync-server/create-sync-server';
import { listenOn } from '../../electron/sync-server/listen-on';
import { openSyncStore } from '../../electron/sync-server/sync-store';

export type SharingFigure = { label: string; ours: number; limit: number; note: string };

/** Every Yjs update this device holds, merged: what a joining device is sent. */
function heldUpdate(db: Database.Database): Uint8Array {
  const updates = db.prepare('SELECT data FROM sync_update ORDER BY id').pluck().all().filter((data): data is Buffer => Buffer.isBuffer(data));
  return Y.mergeUpdates(updates.map((data) => new Uint8Array(data)));
}

/** SQLite alone: the same rows written with prepared statements into an empty committee file, not shared. */
function plainCopy(dir: string, source: Database.Database): { db: Database.Database; ms: number } {
  const target = openWorkbenchDatabase(join(dir, `raw-${String(performance.now())}.sqlite`));
  const tables = ['committee', 'member', 'service', 'quarterly_figure'];
  const rows = tables.map((table) => ({ table, rows: source.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[] }));
  const start = performance.now();
  target.transaction(() => {
    target.pragma('defer_foreign_keys = ON');
    for (const { table, rows: list } of rows) {
      const first = list[0];
      if (first === undefined) continue;
      const columns = Object.keys(first);
      const insert = target.prepare(`INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const row of list) insert.run(...columns.map((column) => row[column]));
    }
  }).immediate();
  return { db: target, ms: performance.now() - start };
}

function yjsAlone(update: Uint8Array): number {
  const start = performance.now();
  Y.applyUpdate(new Y.Doc(), update);
  return performance.now() - start;
}

export async function sharingBench(services: number, quarters: number): Promise<SharingFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-sharing-bench-'));
  const store = openSyncStore(join(dir, 'server.sqlite'));
  const relay = createSyncServer({ store });
  const server = { url: `ws://127.0.0.1:${String(await listenOn(relay, '127.0.0.1', 0))}` };
  const figures: SharingFigure[] = [];
  try {
    const path = join(dir, 'coordinator.sqlite');
    const coordinator = openWorkbenchDatabase(path);
    coordinator.transaction(() => createCommittee(coordinator, { name: 'Benchmark committee', region: 'Synthetic', language: 'en' })).immediate();
    const coordinatorId = saveMember(coordinator, { name: 'Coordinator', organisation: '', role: 'coordinator', activeFrom: '2026-01-01', activeTo: null }, null);
    const memberId = saveMember(coordinator, { name: 'Member', organisation: '', role: 'member', activeFrom: '2026-01-01', activeTo: null }, coordinatorId);
    currentMember.write(coordinator, coordinatorId);
    const now = new Date().toISOString();
    const insertService = coordinator.prepare("INSERT INTO service (id, name, name_key, provider, start_date, created_at, updated_at) VALUES (?, ?, ?, '', '2007-01-01', ?, ?)");
    const insertFigure = coordinator.prepare(`INSERT INTO quarterly_figure (id, service_id, quarter, ${measures.join(', ')}, created_at, updated_at) VALUES (?, ?, ?, ${measures.map(() => '?').join(', ')}, ?, ?)`);
    coordinator.transaction(() => {
      for (let s = 0; s < services; s += 1) {
        const serviceId = crypto.randomUUID();
        insertService.run(serviceId, `Service ${String(s)}`, serviceNameKey(`Service ${String(s)}`), now, now);
        for (let q = 0; q < quarters; q += 1) insertFigure.run(crypto.randomUUID(), serviceId, addQuarters('2026-Q3', -q), ...measures.map((_, index) => index + q), now, now);
      }
    }).immediate();
    await shareCommittee(coordinator, path, server.url);
    const code = createInvite(coordinator, path, { memberId, days: 30 }).code;
    await syncOnce(coordinator, path);

    // (1) Joining: a new device fetches the whole committee and writes it to its tables.
    const joinStart = performance.now();
    const memberPath = join(dir, 'member.sqlite');
    const member = await joinCommittee(memberPath, code);
    const joinMs = performance.now() - joinStart;
    const sent = heldUpdate(member);
    const plain = plainCopy(dir, coordinator);
    figures.push({
      label: `join ${String(services * quarters)} figures (${(sent.length / 1024).toFixed(0)} KiB on the wire)`,
      ours: joinMs,
      limit: yjsAlone(sent) + plain.ms,
      note: 'limit: Yjs applying the same update + SQLite writing the same rows',
    });

    // (2) 1,000 changes made offline on the member's device, merged on the coordinator's.
    const ids = member.prepare('SELECT id FROM quarterly_figure LIMIT 1000').pluck().all().map(String);
    const update = member.prepare('UPDATE quarterly_figure SET referrals = referrals + 1 WHERE id = ?');
    for (const id of ids) member.transaction(() => update.run(id)).immediate();
    const before = coordinator.prepare('SELECT max(id) FROM sync_update').pluck().get();
    const mergeStart = performance.now();
    await syncOnce(member, memberPath);
    await syncOnce(coordinator, path);
    const mergeMs = performance.now() - mergeStart;
    const received = coordinator.prepare('SELECT data FROM sync_update WHERE id > ?').pluck().all(before).filter((data): data is Buffer => Buffer.isBuffer(data));
    const merged = Y.mergeUpdates(received.map((data) => new Uint8Array(data)));
    const rawUpdate = plain.db.prepare('UPDATE quarterly_figure SET referrals = referrals + 1 WHERE id = ?');
    const rawStart = performance.now();
    plain.db.transaction(() => {
      for (const id of ids) rawUpdate.run(id);
    }).immediate();
    const rawMs = performance.now() - rawStart;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, heldUpdate(coordinator));
    const applyStart = performance.now();
    Y.applyUpdate(copy, merged);
    figures.push({ label: 'merge 1,000 offline changes (both exchanges)', ours: mergeMs, limit: performance.now() - applyStart + rawMs, note: 'limit: Yjs applying the same update + SQLite writing the same rows' });

    // (3) An edit on one device, seen on the other: both connected, loopback.
    const links = [
      new SyncLink(deviceSyncs.of(coordinator) ?? fail(), path),
      new SyncLink(deviceSyncs.of(member) ?? fail(), memberPath),
    ];
    await Promise.all(links.map((link) => new Promise<void>((resolve) => {
      link.onChange(() => link.upToDate() && resolve());
      link.start();
    })));
    const samples: number[] = [];
    const figureId = ids[0] ?? fail();
    for (let round = 1; round <= 20; round += 1) {
      const start = performance.now();
      coordinator.transaction(() => coordinator.prepare('UPDATE quarterly_figure SET sheltered = ? WHERE id = ?').run(round, figureId)).immediate();
      await new Promise<void>((resolve) => {
        const check = () => (member.prepare('SELECT sheltered FROM quarterly_figure WHERE id = ?').pluck().get(figureId) === round ? resolve() : setImmediate(check));
        check();
      });
      samples.push(performance.now() - start);
    }
    for (const link of links) link.stop();
    samples.sort((a, b) => a - b);
    const one = new Y.Doc();
    one.getMap('quarterly_figure').set('x', 1);
    const tiny = Y.encodeStateAsUpdate(one);
    const oneRowStart = performance.now();
    plain.db.transaction(() => plain.db.prepare('UPDATE quarterly_figure SET sheltered = sheltered + 1 WHERE id = ?').run(figureId)).immediate();
    const oneRow = performance.now() - oneRowStart;
    figures.push({ label: 'edit on one device to shown on another (median of 20)', ours: samples[10] ?? 0, limit: yjsAlone(tiny) + oneRow, note: 'limit: Yjs applying one change + SQLite writing one row' });
    coordinator.close();
    member.close();
    plain.db.close();
  } finally {
    await relay.destroy();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

function fail(): never {
  throw new Error('the benchmark committee is not shared');
}
