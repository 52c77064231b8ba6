import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoCommittee } from '../../electron/core/committee/create-demo-committee';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { languages, type Language } from '../../electron/core/domain/languages';
import { documentText } from '../../electron/core/documents/document-text';
import { parsePeriod } from '../../electron/core/domain/period';
import { periodDates } from '../../electron/core/domain/period-dates';
import { reportSections } from '../../electron/core/domain/report-sections';
import { buildMinutesDocx } from '../../electron/core/meetings/build-minutes-docx';
import { listMeetings } from '../../electron/core/meetings/list-meetings';
import { loadMinutesData } from '../../electron/core/meetings/load-minutes-data';
import { makeReport } from '../../electron/core/report/make-report';
import { docxBlocks, docxText } from '../helpers/docx-blocks';
import { docxParts } from '../helpers/docx-parts';
import { convertToPdf, hasLibreOffice, pdfPages } from '../helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';

const today = '2026-12-01';

/** Whether the machine has Calibri or its metric twin Carlito: then LibreOffice does not fall back, and this test proves nothing. */
const hasCalibri = spawnSync('sh', ['-c', 'fc-list | grep -iE "calibri|carlito"'], { encoding: 'utf8' }).status === 0;

/** The places a line may break: spaces, a no-break space joins; after a hyphen or dash; at a zero-width space. */
function words(text: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split(/[\s\u200b]+|(?<=[-‐–—])/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length >= 2 && /[\p{L}\p{N}]/u.test(word));
}

function counts(list: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const word of list) result.set(word, (result.get(word) ?? 0) + 1);
  return result;
}

type Made = { name: string; docx: string; document: string; pdf?: string };

/**
 * The words of the document's tables that the PDF has fewer of than the document: a word broken across
 * two lines of a cell ("Referral|s") appears in the PDF as two pieces, never whole.
 */
function brokenTableWords(made: Made, pages: readonly string[]): string[] {
  const tableWords = new Set(docxBlocks(made.document).flatMap((block) => (block.kind === 'table' ? block.rows.flatMap((row) => words(row)) : [])));
  const inDocument = counts(words(docxText(made.document.replace(/<\/w:p>/g, '</w:p><w:t> </w:t>'))));
  const inPdf = counts(words(pages.join('\n')));
  return [...tableWords].filter((word) => (inPdf.get(word) ?? 0) < (inDocument.get(word) ?? 0));
}

describe.skipIf(!hasLibreOffice || hasCalibri)('the demo’s documents opened in LibreOffice without Calibri', () => {
  const folder = tempDir();
  const made: Made[] = [];
  const pages = new Map<string, string[]>();

  async function write(name: string, bytes: Uint8Array): Promise<void> {
    const docx = join(folder, `${name}.docx`);
    writeFileSync(docx, bytes);
    made.push({ name, docx, document: docxParts(bytes).text('/word/document.xml') });
    await Promise.resolve();
  }

  async function documentsOf(db: Database.Database, language: Language): Promise<void> {
    for (const period of ['2026-H1', '2025-H2', '2026-H2']) {
      const parsed = parsePeriod(period);
      if (parsed === null) throw new Error(period);
      const { from, to } = periodDates(parsed);
      const fields = { title: '', periodFrom: from, periodTo: to, language, sections: [...reportSections], foreword: '', comments: {}, showUserRepNames: true };
      await write(`report-${language}-${period}`, (await makeReport(db, fields, today)).bytes);
      if (period === '2026-H1') {
        await write(`body-${language}-${period}`, (await makeReport(db, { ...fields, sections: reportSections.filter((section) => section !== 'appendix') }, today)).bytes);
        await write(`easy-${language}-${period}`, (await makeReport(db, fields, today, 'easy_read')).bytes);
      }
    }
    for (const meeting of listMeetings(db)) await write(`minutes-${language}-${meeting.heldOn}`, await buildMinutesDocx(loadMinutesData(db, meeting.id)));
  }

  beforeAll(async () => {
    for (const language of languages) {
      const db = openWorkbenchDatabase(join(folder, `demo-${language}.sqlite`));
      createDemoCommittee(db, language, today);
      await documentsOf(db, language);
      db.close();
    }
    const pdfs = convertToPdf(
      made.map((entry) => entry.docx),
      folder,
    );
    made.forEach((entry, index) => {
      const pdf = pdfs[index];
      if (pdf !== undefined) pages.set(entry.name, pdfPages(pdf));
    });
  }, 600_000);

  it('break no word of a table across lines, in any language, in any report or minutes', () => {
    const broken = made.flatMap((entry) => brokenTableWords(entry, pages.get(entry.name) ?? []).map((word) => `${entry.name}: ${word}`));
    expect(made.length).toBeGreaterThan(15);
    expect(broken.slice(0, 80)).toEqual([]);
  });

  it('fit the body of the half-year report in eight pages (nine in Spanish and French), with the summary on the page after the cover', () => {
    // Spanish and French sentences run a fifth longer than English ones, and DejaVu Sans here is wider than Calibri.
    const longer: readonly Language[] = ['es', 'fr'];
    for (const language of languages) {
      const body = pages.get(`body-${language}-2026-H1`) ?? [];
      expect(body.length, language).toBeGreaterThan(3);
      expect(body.length, language).toBeLessThanOrEqual(longer.includes(language) ? 9 : 8);
      expect(body[1]?.trimStart().startsWith(documentText(language, 'report.sections.summary')), language).toBe(true);
      // The full report ends with the appendix, which the committee may leave out.
      const full = pages.get(`report-${language}-2026-H1`) ?? [];
      expect(full.length, language).toBeGreaterThan(body.length);
    }
  });

  it('print the register once and report nothing that happened after the period', () => {
    const report = made.find((entry) => entry.name === 'report-en-2026-H1');
    const registerTables = docxBlocks(report?.document ?? '').filter((block) => block.kind === 'table' && block.rows.some((row) => row.includes('holds us back seriously')));
    expect(registerTables).toHaveLength(1);
    const text = (pages.get('report-en-2026-H1') ?? []).join('\n').replace(/\s+/g, ' ');
    const later = '(July|August|September|October|November|December) 2026';
    // Due dates and the next reviews may lie ahead; what was done, answered or still open is as of 30 June.
    expect(text).not.toMatch(new RegExp(`Done on \\d+ ${later}`));
    expect(text).not.toMatch(new RegExp(`\\(\\d+ ${later}\\)`));
    expect(text).not.toMatch(new RegExp(`open on \\d+ ${later}`));
    expect(text).toContain('on 30 June 2026 4 were still open');
  });

  it('find a word broken across lines when columns are too narrow for it: the check above can fail', async () => {
    const own = tempDir();
    const cramped = join(own, 'cramped.docx');
    const { wordTable } = await import('../../electron/core/documents/word-table');
    const { wordDocument } = await import('../../electron/core/documents/word-document');
    const columns = Array.from({ length: 14 }, (_, index) => ({ header: `Referrals${String(index)}` }));
    const bytes = await wordDocument({ language: 'en', title: 'Cramped', children: [wordTable('en', columns, [columns.map(() => 'Engagements')])] });
    writeFileSync(cramped, bytes);
    const [pdf] = convertToPdf([cramped], own);
    const entry = { name: 'cramped', docx: cramped, document: docxParts(bytes).text('/word/document.xml') };
    expect(brokenTableWords(entry, pdfPages(pdf ?? ''))).toContain('Engagements');
  });

  it('give the easy-read summary on one or two pages in every language', () => {
    for (const language of languages) {
      const easy = pages.get(`easy-${language}-2026-H1`) ?? [];
      expect(easy.length, language).toBeGreaterThanOrEqual(1);
      expect(easy.length, language).toBeLessThanOrEqual(2);
    }
  });
});
