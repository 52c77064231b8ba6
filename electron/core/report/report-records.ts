import type Database from 'better-sqlite3';
import { z } from 'zod';
import { UserError } from '../api/user-error';
import { languages, type Language } from '../domain/languages';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { reportSections, type ReportSection } from '../domain/report-sections';
import { readCommittee } from '../committee/read-committee';
import { defaultReportTitle } from './default-report-title';

export type ReportFields = {
  title: string;
  periodFrom: string;
  periodTo: string;
  language: Language;
  sections: ReportSection[];
  foreword: string;
  comments: Partial<Record<ReportSection, string>>;
  showUserRepNames: boolean;
};

export type ReportRecord = ReportFields & {
  id: string;
  /** The title as shown: the committee's own, or the one made from its name and the period. */
  displayTitle: string;
  lastExportedAt: string | null;
  lastFileName: string | null;
  createdAt: string;
  updatedAt: string;
};

const reportRow = z.object({
  id: z.string(),
  title: z.string(),
  period_from: z.string(),
  period_to: z.string(),
  language: z.enum(languages),
  sections: z.string(),
  foreword: z.string(),
  comments: z.string(),
  show_user_rep_names: z.number(),
  last_exported_at: z.string().nullable(),
  last_file_name: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
const storedSections = z.array(z.enum(reportSections));
const storedComments = z.partialRecord(z.enum(reportSections), z.string());

function toRecord(raw: unknown, committee: string): ReportRecord {
  const row = reportRow.parse(raw);
  return {
    id: row.id,
    title: row.title,
    displayTitle: row.title === '' ? defaultReportTitle(committee, row.period_from, row.period_to, row.language) : row.title,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    language: row.language,
    sections: storedSections.parse(JSON.parse(row.sections)),
    foreword: row.foreword,
    comments: storedComments.parse(JSON.parse(row.comments)),
    showUserRepNames: row.show_user_rep_names === 1,
    lastExportedAt: row.last_exported_at,
    lastFileName: row.last_file_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The committee's reports as records: what each was for and what the committee wrote into it, so past
 * reports stay listed with what they contained, and a report can be opened again and re-exported.
 */
export const reportRecords = {
  list(db: Database.Database): ReportRecord[] {
    const committee = readCommittee(db)?.name ?? '';
    return db
      .prepare('SELECT * FROM report ORDER BY period_to DESC, updated_at DESC')
      .all()
      .map((row) => toRecord(row, committee));
  },

  get(db: Database.Database, id: string): ReportRecord {
    const row = db.prepare('SELECT * FROM report WHERE id = ?').get(id);
    if (row === undefined) throw new UserError('report_not_found', {}, 'id');
    return toRecord(row, readCommittee(db)?.name ?? '');
  },

  save(db: Database.Database, id: string | null, fields: ReportFields, actor: string | null): string {
    if (fields.periodTo < fields.periodFrom) throw new UserError('report_period_reversed', {}, 'periodTo');
    const sections = reportSections.filter((section) => fields.sections.includes(section));
    const comments = Object.fromEntries(Object.entries(fields.comments).filter(([, text]) => text.trim() !== '').map(([section, text]) => [section, text.trim()]));
    const values = [fields.title.trim(), fields.periodFrom, fields.periodTo, fields.language, JSON.stringify(sections), fields.foreword.trim(), JSON.stringify(comments), fields.showUserRepNames ? 1 : 0];
    const now = nowIso();
    return db.transaction(() => {
      if (id === null) {
        const created = newId();
        db.prepare(
          `INSERT INTO report (id, title, period_from, period_to, language, sections, foreword, comments, show_user_rep_names, created_at, updated_at, created_by, updated_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(created, ...values, now, now, actor, actor);
        return created;
      }
      const result = db
        .prepare('UPDATE report SET title = ?, period_from = ?, period_to = ?, language = ?, sections = ?, foreword = ?, comments = ?, show_user_rep_names = ?, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(...values, now, actor, id);
      if (result.changes === 0) throw new UserError('report_not_found', {}, 'id');
      return id;
    }).immediate();
  },

  markExported(db: Database.Database, id: string, fileName: string, actor: string | null): void {
    db.transaction(() => {
      const now = nowIso();
      db.prepare('UPDATE report SET last_exported_at = ?, last_file_name = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(now, fileName, now, actor, id);
    }).immediate();
  },
};
