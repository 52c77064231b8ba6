import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { createCommittee } from '../../electron/core/committee/create-committee';
import { saveMember } from '../../electron/core/committee/save-member';
import { currentMember } from '../../electron/core/committee/current-member';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { tempDir } from './temp-dir';

/** A real database file with a committee and a coordinator who is working now. */
export function committeeDb(): { db: Database.Database; path: string; coordinatorId: string } {
  const path = join(tempDir(), 'committee.sqlite');
  const db = openWorkbenchDatabase(path);
  db.transaction(() => createCommittee(db, { name: 'Řídicí výbor IPS Hradec Králové', region: 'Královéhradecký kraj', language: 'cs' })).immediate();
  const coordinatorId = saveMember(db, { name: 'Petra Malá', organisation: 'CDZ', role: 'coordinator', activeFrom: '2026-01-01', activeTo: null }, null);
  currentMember.write(db, coordinatorId);
  return { db, path, coordinatorId };
}
