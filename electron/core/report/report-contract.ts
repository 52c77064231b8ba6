import { z } from 'zod';
import { languages } from '../domain/languages';
import { reportSections } from '../domain/report-sections';
import { isoDate } from '../api/iso-date';
import { returns } from '../api/returns';
import type { ReportData } from './report-data';
import type { ReportRecord } from './report-records';

const reportFields = z
  .object({
    title: z.string().trim().max(300),
    periodFrom: isoDate,
    periodTo: isoDate,
    language: z.enum(languages),
    sections: z.array(z.enum(reportSections)).max(reportSections.length),
    foreword: z.string().max(20_000),
    comments: z.partialRecord(z.enum(reportSections), z.string().max(20_000)),
    showUserRepNames: z.boolean(),
  })
  .refine((fields) => fields.periodTo >= fields.periodFrom, { path: ['periodTo'], message: 'must not be before periodFrom' });

/** The twice-yearly reports: saved, previewed, and exported in full or as the easy-read summary. */
export const reportContract = {
  listReports: { input: z.object({}), result: returns<ReportRecord[]>() },
  saveReport: { input: z.intersection(z.object({ id: z.uuid().nullable() }), reportFields), result: returns<ReportRecord>() },
  previewReport: {
    input: z.object({ periodFrom: isoDate, periodTo: isoDate }).refine((period) => period.periodTo >= period.periodFrom, { path: ['periodTo'], message: 'must not be before periodFrom' }),
    result: returns<ReportData>(),
  },
  exportReport: { input: z.object({ id: z.uuid() }), result: returns<{ fileName: string; mimeType: string; contentBase64: string; record: ReportRecord }>() },
  exportEasyRead: { input: z.object({ id: z.uuid() }), result: returns<{ fileName: string; mimeType: string; contentBase64: string }>() },
};
