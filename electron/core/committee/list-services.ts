import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Service } from './committee-types';

const serviceRow = z.object({ id: z.string(), name: z.string(), provider: z.string(), start_date: z.string() });

export function listServices(db: Database.Database): Service[] {
  return db
    .prepare('SELECT id, name, provider, start_date FROM service ORDER BY name COLLATE NOCASE')
    .all()
    .map((row) => {
      const parsed = serviceRow.parse(row);
      return { id: parsed.id, name: parsed.name, provider: parsed.provider, startDate: parsed.start_date };
    });
}
