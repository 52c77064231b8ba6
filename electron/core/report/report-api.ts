import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { todayIso } from '../domain/today-iso';
import { loadReportData } from './load-report-data';
import { makeReport } from './make-report';
import { reportContract } from './report-contract';
import { reportRecords } from './report-records';

export const reportApi = apiSlice(reportContract, {
  listReports: (context) => reportRecords.list(context.workspace.db()),
  saveReport: (context, input) => {
    const { id, ...fields } = input;
    return reportRecords.get(context.workspace.db(), reportRecords.save(context.workspace.db(), id, fields, actor(context)));
  },
  previewReport: (context, input) => loadReportData(context.workspace.db(), { from: input.periodFrom, to: input.periodTo, today: todayIso() }),
  exportReport: async (context, input) => {
    const db = context.workspace.db();
    const record = reportRecords.get(db, input.id);
    const report = await makeReport(db, record, todayIso());
    reportRecords.markExported(db, record.id, report.fileName, actor(context));
    return {
      fileName: report.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentBase64: Buffer.from(report.bytes).toString('base64'),
      record: reportRecords.get(db, record.id),
    };
  },
  exportEasyRead: async (context, input) => {
    const report = await makeReport(context.workspace.db(), reportRecords.get(context.workspace.db(), input.id), todayIso(), 'easy_read');
    return { fileName: report.fileName, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', contentBase64: Buffer.from(report.bytes).toString('base64') };
  },
});
