import type Database from 'better-sqlite3';
import { z } from 'zod';
import { catalogue } from '../barriers/catalogue';
import { measures } from '../domain/measures';
import { fidelityScale } from '../fidelity/fidelity-scale';
import { employmentBenchmarks } from '../figures/summarise-figures';
import { reportRateKeys, type ReportAppendix, type ReportPeriod } from './report-data';

const importRow = z.object({
  id: z.string(),
  kind: z.enum(['quarterly', 'targets']),
  file_name: z.string(),
  file_sha256: z.string(),
  row_count: z.number(),
  imported_at: z.string(),
  imported_by_name: z.string().nullable(),
});

/**
 * Where the figures came from and what the words mean: the imports still in effect that set figures of
 * the report's quarters or earlier (or targets of its year or earlier), the hand edits, the catalogue
 * and the definitions, by key for the Word builder to translate.
 */
export function loadReportAppendix(db: Database.Database, period: ReportPeriod): ReportAppendix {
  const imports = db
    .prepare(
      `SELECT b.id, b.kind, b.file_name, b.file_sha256, b.row_count, b.imported_at, m.name AS imported_by_name
       FROM import_batch b LEFT JOIN member m ON m.id = b.imported_by
       WHERE b.undone_at IS NULL AND (
         EXISTS (SELECT 1 FROM quarterly_figure f WHERE f.import_id = b.id AND f.quarter <= @last)
         OR EXISTS (SELECT 1 FROM figure_change c JOIN quarterly_figure f ON f.id = c.figure_id WHERE c.import_id = b.id AND f.quarter <= @last)
         OR EXISTS (SELECT 1 FROM target t WHERE t.import_id = b.id AND t.year <= @year))
       ORDER BY b.imported_at, b.rowid`,
    )
    .all({ last: period.lastQuarter, year: period.targetYear })
    .map((row) => importRow.parse(row));
  const quarters = JSON.stringify(period.quarters);
  const manualChanges = Number(
    db
      .prepare(
        `SELECT count(DISTINCT c.figure_id || '|' || c.measure) FROM figure_change c JOIN quarterly_figure f ON f.id = c.figure_id
         WHERE c.source = 'manual' AND f.quarter IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .get(quarters),
  );
  const { version, sources } = catalogue();
  return {
    imports: imports.map((row) => ({ id: row.id, kind: row.kind, fileName: row.file_name, sha256: row.file_sha256, rowCount: row.row_count, importedAt: row.imported_at, importedBy: row.imported_by_name })),
    manualChanges,
    catalogue: { version, sources: sources.map((source) => ({ id: source.id, short: source.short, citation: source.citation })) },
    measures: [...measures],
    rates: [...reportRateKeys],
    employmentBenchmarks: { ...employmentBenchmarks },
    fidelityBands: fidelityScale().bands.map((band) => ({ id: band.id, min: band.min, max: band.max })),
  };
}
