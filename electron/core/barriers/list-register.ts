import type Database from 'better-sqlite3';
import { rowFields, stringOrNull, text } from '../db/row-fields';
import { barrierGroups, barrierLevels, barrierStatuses, barrierTrends, type BarrierGroup, type BarrierLevel } from '../domain/barrier-terms';
import { catalogueEntry } from './catalogue';
import type { Assessment, RegisterEntry } from './register-entry';

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

function toAssessment(row: unknown): Assessment {
  const fields = rowFields(row);
  return {
    id: String(fields.get('id')),
    reviewDate: String(fields.get('review_date')),
    severity: Number(fields.get('severity')),
    trend: oneOf(barrierTrends, fields.get('trend'), 'same'),
    note: text(fields.get('note')),
    by: stringOrNull(fields.get('by_name')),
  };
}

/** All assessments of one barrier, newest first. */
export function assessmentsOf(db: Database.Database, barrierId: string): Assessment[] {
  return db
    .prepare('SELECT a.*, m.name AS by_name FROM barrier_assessment a LEFT JOIN member m ON m.id = a.created_by WHERE a.barrier_id = ? ORDER BY a.review_date DESC')
    .all(barrierId)
    .map(toAssessment);
}

/** The register: every barrier (archived ones only when asked) with its latest review and the change since the one before. */
export function listRegister(db: Database.Database, options: { includeArchived?: boolean; id?: string } = {}): RegisterEntry[] {
  const where = [options.includeArchived === true ? '1 = 1' : 'b.archived_at IS NULL', options.id === undefined ? '1 = 1' : 'b.id = @id'].join(' AND ');
  const rows = db
    .prepare(
      `SELECT b.*, m.name AS owner_name,
         (SELECT group_concat(service_id) FROM barrier_service s WHERE s.barrier_id = b.id) AS service_ids,
         (SELECT count(*) FROM barrier_mitigation x WHERE x.barrier_id = b.id AND x.status IN ('planned', 'under_way')) AS open_mitigations
       FROM barrier b LEFT JOIN member m ON m.id = b.owner_id WHERE ${where} ORDER BY b.created_at`,
    )
    .all(options.id === undefined ? {} : { id: options.id });
  const latestTwo = db.prepare(
    'SELECT a.*, m.name AS by_name FROM barrier_assessment a LEFT JOIN member m ON m.id = a.created_by WHERE a.barrier_id = ? ORDER BY a.review_date DESC LIMIT 2',
  );
  return rows.map((row) => {
    const fields = rowFields(row);
    const id = String(fields.get('id'));
    const catalogueId = stringOrNull(fields.get('catalogue_id'));
    const entry = catalogueId === null ? undefined : catalogueEntry(catalogueId);
    const [latest = null, previous = null] = latestTwo.all(id).map(toAssessment);
    const customGroup = stringOrNull(fields.get('custom_group'));
    const customLevel = stringOrNull(fields.get('custom_level'));
    const group: BarrierGroup = entry?.group ?? oneOf(barrierGroups, customGroup, 'policy');
    const levels: BarrierLevel[] = entry?.levels ?? (customLevel === null ? [] : [oneOf(barrierLevels, customLevel, 'contextual')]);
    const serviceIds = stringOrNull(fields.get('service_ids'));
    return {
      id,
      catalogueId,
      kind: entry?.kind ?? 'barrier',
      group,
      levels,
      cfir: entry?.cfir ?? null,
      name: String(fields.get('name')),
      description: text(fields.get('description')),
      localWording: text(fields.get('local_wording')),
      ownerId: stringOrNull(fields.get('owner_id')),
      ownerName: stringOrNull(fields.get('owner_name')),
      status: oneOf(barrierStatuses, fields.get('status'), 'active'),
      serviceIds: serviceIds === null ? [] : serviceIds.split(','),
      archivedAt: stringOrNull(fields.get('archived_at')),
      latest,
      previous,
      change: latest === null || previous === null ? null : latest.severity - previous.severity,
      mitigationsUnderWay: Number(fields.get('open_mitigations') ?? 0),
    };
  });
}
