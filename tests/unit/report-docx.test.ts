import type Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../electron/core/barriers/catalogue';
import { mitigations } from '../../electron/core/barriers/mitigations';
import { recordReview } from '../../electron/core/barriers/record-review';
import { addBarrier } from '../../electron/core/barriers/save-barrier';
import { createDemoCommittee } from '../../electron/core/committee/create-demo-committee';
import { saveMember } from '../../electron/core/committee/save-member';
import { saveService } from '../../electron/core/committee/save-service';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { newId } from '../../electron/core/domain/new-id';
import { clock } from '../../electron/core/domain/clock';
import { buildReportDocx } from '../../electron/core/report/build-report-docx';
import { loadReportData } from '../../electron/core/report/load-report-data';
import type { ReportData } from '../../electron/core/report/report-data';
import { reportSections } from '../../electron/core/domain/report-sections';
import type { ReportOptions } from '../../electron/core/report/report-options';
import { committeeDb } from '../helpers/committee-db';
import { docxParts } from '../helpers/docx-parts';
import { decodeXml, docxBlocks, docxText, type DocxBlock } from '../helpers/docx-blocks';
import { tempDir } from '../helpers/temp-dir';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const stamp = '2026-01-01T00:00:00.000Z';
const h1 = { from: '2026-01-01', to: '2026-06-30', today: '2026-07-15' };

const anonymousWords = 'Evening hours would help me keep my job.';
const secretWords = 'Secret words nobody may print.';
const userRep = 'Anna Uživatelová';

type Figures = Record<'referrals' | 'engaged' | 'served' | 'worked' | 'job_starts' | 'sustained_13w' | 'es_fte', number>;

function addFigures(db: Database.Database, serviceId: string, quarter: string, values: Figures): void {
  db.prepare(
    `INSERT INTO quarterly_figure (id, service_id, quarter, referrals, engaged, served, worked, job_starts, sustained_13w, es_fte, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), serviceId, quarter, values.referrals, values.engaged, values.served, values.worked, values.job_starts, values.sustained_13w, values.es_fte, stamp, stamp);
}

type NewFeedback = { text: string; kind: 'member' | 'anonymous'; memberId?: string; givenOn: string; mayQuote: boolean; status: string; response?: string; reason?: string };

function addFeedback(db: Database.Database, feedback: NewFeedback): void {
  db.prepare(
    `INSERT INTO feedback (id, text, contributor_kind, member_id, given_on, may_quote, status, response, not_taken_up_reason, responded_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), feedback.text, feedback.kind, feedback.memberId ?? null, feedback.givenOn, feedback.mayQuote ? 1 : 0, feedback.status, feedback.response ?? '', feedback.reason ?? '', feedback.response === undefined ? null : '2026-05-01', stamp, stamp);
}

/**
 * Two services over H1 2026 with H2 2025 before it, chosen so the figures are easy to check by hand:
 * 26 referrals and 20 engagements (77 %); on average 31 served a quarter (Alfa 21, Beta 10) by 1.5
 * specialists (20.7 each), 12 of them working (39 %). Written early in the period, as a committee would.
 */
function committeeWithRecords(): ReportData {
  return clock.pinnedAt(stamp, recordsOfTheHalfYear);
}

function recordsOfTheHalfYear(): ReportData {
  const { db, coordinatorId } = committeeDb();
  const chair = saveMember(db, { name: 'Chair Person', organisation: 'Region', role: 'chair', activeFrom: '2024-01-01', activeTo: null }, coordinatorId);
  const rep = saveMember(db, { name: userRep, organisation: 'Users’ association', role: 'service_user_rep', activeFrom: '2025-01-01', activeTo: null }, coordinatorId);
  const alfa = saveService(db, { name: 'Alfa', provider: 'CDZ', startDate: '2024-01-01' }, coordinatorId);
  const beta = saveService(db, { name: 'Beta', provider: 'Práh', startDate: '2026-01-01' }, coordinatorId);
  addFigures(db, alfa, '2025-Q3', { referrals: 8, engaged: 6, served: 18, worked: 6, job_starts: 3, sustained_13w: 1, es_fte: 1 });
  addFigures(db, alfa, '2025-Q4', { referrals: 9, engaged: 7, served: 18, worked: 7, job_starts: 3, sustained_13w: 2, es_fte: 1 });
  addFigures(db, alfa, '2026-Q1', { referrals: 13, engaged: 10, served: 20, worked: 8, job_starts: 4, sustained_13w: 2, es_fte: 1 });
  addFigures(db, alfa, '2026-Q2', { referrals: 7, engaged: 5, served: 22, worked: 10, job_starts: 5, sustained_13w: 3, es_fte: 1 });
  addFigures(db, beta, '2026-Q1', { referrals: 6, engaged: 5, served: 10, worked: 3, job_starts: 2, sustained_13w: 1, es_fte: 0.5 });
  db.prepare('INSERT INTO target (id, year, service_id, referrals, engaged, job_starts, sustained_13w, created_at, updated_at) VALUES (?, 2026, NULL, 100, 80, 40, 20, ?, ?)').run(newId(), stamp, stamp);

  const [first] = catalogue().entries;
  if (first === undefined) throw new Error('the catalogue has entries');
  const known = addBarrier(db, { source: 'catalogue', catalogueId: first.id, localWording: '', serviceIds: [alfa], ownerId: rep, status: 'active' }, 'en', coordinatorId);
  const bus = addBarrier(db, { source: 'custom', name: 'No bus', description: '', group: 'infrastructure', level: 'contextual', localWording: 'The first bus comes at nine.', serviceIds: [], ownerId: chair, status: 'active' }, 'en', coordinatorId);
  recordReview(db, { reviewDate: '2025-11-10', assessments: [{ barrierId: known, severity: 3, trend: 'same', note: '' }, { barrierId: bus, severity: 4, trend: 'same', note: '' }] }, coordinatorId);
  recordReview(db, { reviewDate: '2026-05-10', assessments: [{ barrierId: known, severity: 4, trend: 'worse', note: '' }, { barrierId: bus, severity: 2, trend: 'better', note: '' }] }, coordinatorId);
  mitigations.add(db, { barrierId: known, text: 'Talk to employers', fromCatalogue: false, status: 'under_way' }, coordinatorId);

  const meeting = newId();
  db.prepare("INSERT INTO meeting (id, held_on, kind, created_at, updated_at) VALUES (?, '2026-03-15', 'regular', ?, ?)").run(meeting, stamp, stamp);
  const decision = newId();
  db.prepare(
    `INSERT INTO decision (id, year, number, meeting_id, wording, method, votes_for, votes_against, votes_abstain, created_at, updated_at)
     VALUES (?, 2026, 1, ?, 'Ask the labour office for a contact person.', 'vote', 5, 1, 0, ?, ?)`,
  ).run(decision, meeting, stamp, stamp);
  db.prepare(
    `INSERT INTO action (id, title, owner_member_id, due_date, status, meeting_id, decision_id, created_at, updated_at)
     VALUES (?, 'Call the labour office', ?, '2026-04-30', 'open', ?, ?, ?, ?)`,
  ).run(newId(), rep, meeting, decision, stamp, stamp);

  addFeedback(db, { text: anonymousWords, kind: 'anonymous', givenOn: '2026-02-10', mayQuote: true, status: 'acted_on', response: 'The Alfa team now sees people on Tuesday evenings.' });
  addFeedback(db, { text: secretWords, kind: 'anonymous', givenOn: '2026-03-01', mayQuote: false, status: 'received' });
  addFeedback(db, { text: 'I want a peer worker in every team.', kind: 'member', memberId: rep, givenOn: '2026-04-01', mayQuote: true, status: 'not_taken_up', reason: 'No money for new posts.' });
  const data = loadReportData(db, h1);
  db.close();
  return data;
}

function emptyCommittee(): ReportData {
  const { db } = committeeDb();
  const data = loadReportData(db, h1);
  db.close();
  return data;
}

function options(language: 'en' | 'cs', overrides: Partial<ReportOptions> = {}): ReportOptions {
  return { language, sections: [...reportSections], foreword: '', comments: {}, showUserRepNames: true, ...overrides };
}

/** What stands under each Heading 1, up to the next one. */
function sections(document: string): Map<string, DocxBlock[]> {
  const result = new Map<string, DocxBlock[]>();
  let current: DocxBlock[] | null = null;
  for (const block of docxBlocks(document)) {
    if (block.kind === 'heading' && block.level === 1) {
      current = [];
      result.set(block.text, current);
    } else current?.push(block);
  }
  return result;
}

function unzip(bytes: Uint8Array) {
  const parts = docxParts(bytes);
  const document = parts.text('/word/document.xml');
  return { paths: parts.paths, document, text: docxText(document.replace(/<\/w:p>/g, '</w:p><w:t>\n</w:t>')), core: parts.text('/docProps/core.xml') };
}

const englishHeadings = ['Summary', 'Outcomes against targets', 'Fidelity reviews', 'Barriers and how they were handled', 'Decisions and actions', 'What service users said', 'Next steps', 'Appendix: definitions and sources'];
const czechHeadings = ['Shrnutí', 'Výsledky a\u00a0plnění cílů', 'Hodnocení věrnosti modelu IPS', 'Bariéry a\u00a0jejich řešení', 'Usnesení a\u00a0úkoly', 'Co řekli uživatelé služeb', 'Další kroky', 'Příloha: definice a\u00a0zdroje'];

describe('the report of a committee with records, in English', async () => {
  const data = committeeWithRecords();
  const docx = unzip(
    await buildReportDocx(data, options('en', { foreword: 'We thank the teams.\n\nA good half-year.', comments: { outcomes: 'Referrals rose in both services.' }, title: 'Report of the committee, H1 2026' })),
  );
  const bySection = sections(docx.document);

  it('has every section under a Heading 1 in the fixed order, after the cover and the foreword', () => {
    expect([...bySection.keys()]).toEqual(['Foreword', ...englishHeadings]);
    expect(docx.document).toContain('<w:pStyle w:val="Title"/>');
    expect(docx.text).toContain('Report of the committee, H1 2026');
    expect(docx.text).toContain('Period: January–June 2026 (first half of 2026)');
    expect(docx.core).toContain('<dc:title>Report of the committee, H1 2026</dc:title>');
  });

  it('prints the foreword and each comment right under its heading', () => {
    expect(bySection.get('Foreword')).toEqual([
      { kind: 'paragraph', text: 'We thank the teams.' },
      { kind: 'paragraph', text: 'A good half-year.' },
    ]);
    expect(bySection.get('Outcomes against targets')?.[0]).toEqual({ kind: 'paragraph', text: 'Referrals rose in both services.' });
  });

  it('sums up the period in plain sentences made from the figures', () => {
    expect(docx.text).toContain('In the period January–June 2026 the services recorded 26 referrals, 20 engagements, 11 job starts and 6 jobs held for 13 weeks.');
    expect(docx.text).toContain('Q2 2026 has figures from some services only.');
    expect(docx.text).toContain('Compared with the same quarters of the previous period (Q3 2025 and Q4 2025), referrals rose by 9, engagements rose by 7, job starts rose by 5 and jobs held for 13 weeks rose by 3.');
    expect(docx.text).toContain('The employment rate, the share of people served who worked, was 39%, at the minimal level of the IPS Learning Community benchmarks (31% or more).');
    expect(docx.text).toContain('Against the targets for 2026, after 2 quarters with figures: referrals 26 of 100 (26%)');
    expect(docx.text).toContain('Behind the pace the year needs: referrals, engagements, job starts and jobs held for 13 weeks.');
    expect(docx.text).toContain('At the end of the period the register had 2 barriers: since the previous period 1 barrier got worse and 1 barrier got better.');
    expect(docx.text).toContain('In the period the committee took 1 decision. On 30\u00a0June\u00a02026, none of its actions had been completed in the period and 1 was still open (1 of them overdue).');
  });

  it('shows the flows added up, the caseload averaged, the rates beside the rates the targets imply, and the targets judged', () => {
    const tables = (bySection.get('Outcomes against targets') ?? []).flatMap((block) => (block.kind === 'table' ? block.rows : []));
    expect(tables).toContain('Referrals | 26 | 17 | +9 | ');
    expect(tables).toContain('Served, average per quarter | 31 | 18 | +13 | ');
    expect(tables).toContain('Working, average per quarter | 12 | 6.5 | +5.5 | ');
    expect(tables).toContain('Engagement rate | 77% | 20\u00a0/\u00a026 | 80% | 76% | +1 pp | ');
    expect(tables).toContain('Employment rate | 39%\nminimal (31% or more) | 12\u00a0/\u00a031 |  | 36% | +3 pp | ');
    expect(tables).toContain('Caseload per specialist | 20.7 | 31\u00a0/\u00a01.5 |  | 18.0 | +2.7 | ');
    expect(tables).toContain('Referrals | 100 | 50 | 26 | 26% | behind | ');
    expect(tables).toContain('Beta | 6 | 5 | 2 | 1 | 10 | ');
  });

  it('draws the charts of the period as pictures whose alt text gives their numbers', () => {
    const media = docx.paths.filter((path) => /word\/media\/[^/]+\.png$/.test(path));
    expect(media).toHaveLength(2);
    const descriptions = [...docx.document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => decodeXml(match[1] ?? ''));
    expect(descriptions).toHaveLength(2);
    for (const description of descriptions) expect(description.length).toBeGreaterThan(40);
    expect(descriptions[0]).toBe(
      'Achieved so far and expected by now at an even pace, 2026, all services. Achieved: Referrals 26, Engaged 20, Job starts 11, 13-week sustainments 6; Expected by now: Referrals 50, Engaged 40, Job starts 20, 13-week sustainments 10.',
    );
    expect(descriptions[1]).toContain('All services: Referrals 26, Engaged (77%) 20, Job starts (55%) 11, 13-week sustainments (55%) 6.');
  });

  it('repeats the header row of every table on each page', () => {
    // The charts stand side by side in a table of their own, which has no header.
    const tables = [...docx.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([xml]) => xml).filter((xml) => !xml.includes('<w:drawing>'));
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) expect(/<w:tr[ >][\s\S]*?<\/w:tr>/.exec(table)?.[0]).toContain('<w:tblHeader/>');
  });

  it('quotes anonymous feedback without any name and leaves out words not cleared for quotation', () => {
    const rows = (bySection.get('What service users said') ?? []).flatMap((block) => (block.kind === 'table' ? block.rows : []));
    const anonymous = rows.find((row) => row.includes(anonymousWords)) ?? '';
    expect(anonymous).toContain('— anonymous, 10\u00a0February\u00a02026');
    for (const member of data.members) expect(anonymous).not.toContain(member.name);
    expect(docx.text).not.toContain(secretWords);
    // An entry not cleared for quotation is not in the table at all, not even by its date; it is only counted.
    expect(rows.some((row) => row.includes('1\u00a0March\u00a02026'))).toBe(false);
    expect(rows.some((row) => row.includes(`— ${userRep}, 1\u00a0April\u00a02026`))).toBe(true);
  });

  it('marks overdue actions in words and names decisions with how they were reached', () => {
    expect(docx.text).toContain('Open (overdue)');
    expect(docx.text).toContain('By vote: 5 for, 1 against, 0 abstained');
    expect(docx.text).toContain('Serves: decision 2026/01');
  });

  it('names catalogue barriers in the report’s language and says under each how it moved and how it was handled', () => {
    const rows = (bySection.get('Barriers and how they were handled') ?? []).flatMap((block) => (block.kind === 'table' ? block.rows : []));
    const known = rows.find((row) => row.includes(catalogue().entries[0]?.name.en ?? '—')) ?? '';
    expect(known).toContain('4: holds us back seriously\nworse (3 → 4)');
    expect(known).toContain('Mitigation (under way): Talk to employers');
    const bus = rows.find((row) => row.includes('No bus')) ?? '';
    expect(bus).toContain('The first bus comes at nine.');
    expect(bus).toContain('better (4 → 2)');
    expect(bus).toContain('Nothing recorded yet.');
  });

  it('leaves no text key untranslated', () => {
    expect(docx.text).not.toMatch(/\breport\.\w+/);
  });
});

describe('the report in Czech', async () => {
  const data = committeeWithRecords();
  const docx = unzip(await buildReportDocx(data, options('cs')));

  it('has the Czech headings and the committee’s name in the title', () => {
    expect([...sections(docx.document).keys()]).toEqual(czechHeadings);
    expect(docx.text).toContain('Řídicí výbor IPS Hradec Králové: zpráva za 1. pololetí 2026');
    expect(docx.document).toContain('<w:lang w:val="cs-CZ"/>');
    // Only the appendix's citations, as they were published, are marked English, so Word checks them as such.
    const english = [...docx.document.matchAll(/<w:r><w:rPr>(?:(?!<\/w:r>).)*?<w:lang w:val="en-GB"\/><\/w:rPr><w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '');
    expect(english.length).toBeGreaterThan(0);
    for (const text of english) expect(catalogue().sources.map((source) => source.citation), text).toContain(decodeXml(text));
  });

  it('writes shares with a no-break space before the per cent sign and decimals with a comma', () => {
    expect(docx.text).toContain('77\u00a0%');
    expect(docx.text).toContain('20,7');
    expect(docx.text).toContain('31\u00a0/\u00a01,5');
    expect(docx.text).not.toMatch(/\d%/);
  });

  it('makes the counted words agree with their numbers', () => {
    // One-letter words are tied to the next one with a no-break space, as Czech typesetting asks.
    expect(docx.text).toContain('Za období leden–červen 2026 vykázaly služby IPS tyto údaje: 26 doporučení, 20 zapojení do služby, 11 nástupů do práce a\u00a06 zaměstnání udržených 13 týdnů.');
    expect(docx.text).toContain('Na konci období byly v\u00a0registru 2 bariéry; oproti předchozímu období: 1 bariéra se zhoršila a\u00a01 bariéra se zmírnila.');
    expect(docx.text).toContain('V\u00a0tomto období výbor přijal 1 usnesení. Ke dni 30.\u00a0června\u00a02026 nebyl splněn žádný úkol a\u00a0otevřený zůstával 1 úkol (z\u00a0toho 1 po termínu).');
    expect(docx.text).toContain('Otevřeno (po termínu)');
    expect(docx.text).toContain('Hlasováním – pro: 5, proti: 1, zdrželo se: 0');
  });

  it('has no English left in the generated text', () => {
    expect(docx.text).not.toMatch(/\b(Summary|Decision|Figure|overdue|referrals|Page|anonymous)\b/);
    expect(docx.text).toContain('(anonymně, 10.\u00a0února\u00a02026)');
  });
});

describe('service-user representatives not to be named', async () => {
  const data = committeeWithRecords();
  const docx = unzip(await buildReportDocx(data, options('en', { showUserRepNames: false })));

  it('appear only as a count, and nowhere by name', () => {
    expect(docx.text).not.toContain(userRep);
    expect(docx.text).toContain('1 service-user representative also sat on the committee; this report does not give their name.');
    expect(docx.text).toContain('— Service-user representative, 1\u00a0April\u00a02026');
    expect(docx.text).toContain('Chair Person');
  });
});

describe('a period with no records at all', async () => {
  const english = unzip(await buildReportDocx(emptyCommittee(), options('en')));
  const czech = unzip(await buildReportDocx(emptyCommittee(), options('cs')));

  it('still gives every section, each saying in one line that there is nothing to report', () => {
    const bySection = sections(english.document);
    expect([...bySection.keys()]).toEqual(englishHeadings);
    const lines = new Map([...bySection].filter(([heading]) => heading !== 'Appendix: definitions and sources').map(([heading, content]) => [heading, content]));
    expect(Object.fromEntries(lines)).toEqual({
      Summary: [{ kind: 'paragraph', text: 'There are no figures, decisions or other records for this period.' }],
      'Outcomes against targets': [{ kind: 'paragraph', text: 'No outcome figures were reported for the quarters of this period.' }],
      'Fidelity reviews': [{ kind: 'paragraph', text: 'No fidelity review has been recorded for any service.' }],
      'Barriers and how they were handled': [{ kind: 'paragraph', text: 'The barrier register was empty at the end of the period, and no dot vote was held.' }],
      'Decisions and actions': [{ kind: 'paragraph', text: 'The committee took no decisions in the period, and it had no actions: none was agreed and none was open when it began.' }],
      'What service users said': [{ kind: 'paragraph', text: 'No feedback was given or answered in this period.' }],
      'Next steps': [
        {
          kind: 'paragraph',
          text: 'Nothing is carried into the next period: on 30\u00a0June\u00a02026 no action was open, no barrier was active, no fidelity review was due and no feedback was waiting for an answer.',
        },
      ],
    });
    expect(english.paths.some((path) => path.includes('/media/'))).toBe(false);
    expect(english.text).toContain('No imported file lies behind the figures of this report.');
  });

  it('does the same in Czech', () => {
    const bySection = sections(czech.document);
    expect([...bySection.keys()]).toEqual(czechHeadings);
    for (const heading of czechHeadings.slice(0, -1)) expect(bySection.get(heading), heading).toHaveLength(1);
    expect(bySection.get('Shrnutí')).toEqual([{ kind: 'paragraph', text: 'Za toto období nejsou zaznamenány žádné údaje, usnesení ani jiné záznamy.' }]);
    expect(bySection.get('Co řekli uživatelé služeb')).toEqual([{ kind: 'paragraph', text: 'V\u00a0tomto období nebyl přijat ani zodpovězen žádný podnět.' }]);
  });
});

describe('sections switched off', async () => {
  const docx = unzip(await buildReportDocx(committeeWithRecords(), options('en', { sections: ['appendix', 'summary'], comments: { voice: 'Never shown.' } })));

  it('are absent, and the rest keep their order', () => {
    expect([...sections(docx.document).keys()]).toEqual(['Summary', 'Appendix: definitions and sources']);
    expect(docx.text).not.toContain('Never shown.');
    expect(docx.text).not.toContain(anonymousWords);
    expect(docx.paths.some((path) => path.includes('/media/'))).toBe(false);
  });
});

describe('the report of the demo committee', () => {
  it('builds in English and Czech with every section, the charts and the demo’s records', async () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo.sqlite'));
    createDemoCommittee(db, 'cs', '2026-11-25');
    const data = loadReportData(db, { from: '2026-01-01', to: '2026-06-30', today: '2026-11-25' });
    db.close();
    for (const [language, headings] of [['en', englishHeadings], ['cs', czechHeadings]] as const) {
      const docx = unzip(await buildReportDocx(data, options(language)));
      expect([...sections(docx.document).keys()]).toEqual(headings);
      expect(docx.paths.filter((path) => path.includes('/media/'))).toHaveLength(2);
      expect(docx.text).not.toMatch(/\breport\.\w+/);
      expect(docx.text).toContain('2026/04');
    }
  });

  it('says which quarters of a half-year not yet over have no figures, and compares like with like', async () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo-h2.sqlite'));
    createDemoCommittee(db, 'en', '2026-11-25');
    const data = loadReportData(db, { from: '2026-07-01', to: '2026-12-31', today: '2026-11-25' });
    db.close();
    const docx = unzip(await buildReportDocx(data, options('en', { sections: ['summary'] })));
    expect(docx.text).toContain('The figures cover Q3 2026. Q4 2026 has not ended yet. Compared with the same quarters of the previous period (Q1 2026),');
  });
});

describe('the report as a PDF', () => {
  const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.skipIf(!hasSoffice)('opens in LibreOffice and converts to a non-empty PDF', async () => {
    const docx = join(folder, 'report.docx');
    writeFileSync(docx, await buildReportDocx(committeeWithRecords(), options('en')));
    // A profile of its own, so the conversion neither waits for nor disturbs a LibreOffice already running.
    const profile = pathToFileURL(join(folder, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(folder, 'report.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);
});
