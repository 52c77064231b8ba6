import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMinutesDocx } from '../../electron/core/meetings/build-minutes-docx';
import type { MinutesAction, MinutesActionReview, MinutesData, MinutesDecision } from '../../electron/core/meetings/minutes-data';
import { docxParts } from '../helpers/docx-parts';
import { docxBlocks, docxText } from '../helpers/docx-blocks';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

function decision(overrides: Partial<MinutesDecision>): MinutesDecision {
  return { label: '2026/01', wording: '', rationale: '', method: 'consensus', votes: null, dissent: [], userRepPosition: '', changes: null, changedBy: null, ...overrides };
}

function action(overrides: Partial<MinutesAction>): MinutesAction {
  return { title: '', owner: '', dueDate: '', serves: '', ...overrides };
}

function reviewed(overrides: Partial<MinutesActionReview>): MinutesActionReview {
  return { ...action(overrides), status: 'open', dropReason: '', overdue: false, note: '', ...overrides };
}

const english: MinutesData = {
  language: 'en',
  committee: { name: 'Pardubice IPS Steering Committee', region: 'Pardubice Region' },
  meeting: { heldOn: '2026-03-03', kind: 'regular', place: 'Regional Office, room 204', online: true, minutesApprovedOn: null },
  attendees: [
    { name: 'Jana Nováková', role: 'chair', organisation: 'Pardubice Region', presence: 'present', addressForm: 'feminine' },
    { name: 'Tomáš Král', role: 'guest', organisation: 'Labour Office Chrudim', presence: 'present', addressForm: 'neutral' },
    { name: 'Petr Svoboda', role: 'coordinator', organisation: 'Hospital Pardubice', presence: 'present', addressForm: 'masculine' },
    { name: 'Marie Dvořáková', role: 'service_user_rep', organisation: 'Users Together', presence: 'present', addressForm: 'feminine' },
    { name: 'Eva Horáková', role: 'member', organisation: 'Labour Office', presence: 'apologies', addressForm: 'feminine' },
    { name: 'Karel Beneš', role: 'observer', organisation: 'Ministry of Health', presence: 'apologies', addressForm: 'masculine' },
  ],
  agenda: [
    {
      title: 'Quarterly figures Q4 2025',
      notes: 'Referrals rose in both services.\n\nThe Chrudim team reported two new employers.',
      decisions: [
        decision({
          label: '2026/07',
          wording: 'The committee asks both services to report job starts monthly.',
          rationale: 'Quarterly figures arrive too late to act on.',
          method: 'vote',
          votes: { for: 5, against: 1, abstain: 2 },
          dissent: [{ name: 'Petr Svoboda', words: 'Monthly reporting takes time away from clients.', addressForm: 'masculine' }],
          userRepPosition: 'The user representatives support faster feedback.',
          changes: { kind: 'amends', label: '2025/12' },
          changedBy: { kind: 'revokes', label: '2026/09' },
        }),
      ],
      actions: [action({ title: 'Send the monthly reporting template', owner: 'Petr Svoboda', dueDate: '2026-04-30', serves: '2026/07' })],
    },
    { title: 'Fidelity review plans', notes: '  ', decisions: [], actions: [] },
    { title: 'Benefits counselling', notes: '', decisions: [decision({ label: '2026/08', wording: 'Invite the benefits adviser to the next meeting.', changes: { kind: 'revokes', label: '2025/03' }, changedBy: { kind: 'amends', label: '2026/11' } })], actions: [] },
  ],
  other: { decisions: [], actions: [action({ title: 'Book a room for the June meeting', owner: '', dueDate: '' })] },
  earlierActions: [
    reviewed({ title: 'Contact the regional employers’ association', owner: 'Jana Nováková', dueDate: '2026-01-31', status: 'open', overdue: true, note: 'No reply yet; will call again.' }),
    reviewed({ title: 'Translate the leaflet', owner: 'Marie Dvořáková', dueDate: '2026-02-15', status: 'done' }),
    reviewed({ title: 'Pilot a job club', owner: 'Petr Svoboda', dueDate: '2026-02-01', status: 'dropped', dropReason: 'Not part of IPS.', note: 'Dropped after discussion.' }),
  ],
  feedback: [
    {
      givenOn: '2026-02-10',
      contributor: { kind: 'anonymous', name: null },
      text: 'The bus does not come early enough for the morning shift.',
      tags: ['transport'],
      status: 'acted_on',
      response: 'The chair wrote to the transport authority.',
      reason: '',
      followUps: [{ kind: 'decision', label: '2026/07' }],
    },
    { givenOn: '2026-02-12', contributor: { kind: 'member', name: 'Marie Dvořáková' }, text: null, tags: [], status: 'not_taken_up', response: '', reason: 'There is no budget this year.', followUps: [] },
  ],
};

const czech: MinutesData = {
  language: 'cs',
  committee: { name: 'Řídicí výbor IPS Pardubického kraje', region: 'Pardubický kraj' },
  meeting: { heldOn: '2026-03-03', kind: 'extraordinary', place: 'Krajský úřad, zasedací místnost 204', online: false, minutesApprovedOn: '2026-03-31' },
  attendees: [
    { name: 'Jana Nováková', role: 'chair', organisation: 'Pardubický kraj', presence: 'present', addressForm: 'feminine' },
    { name: 'Marie Dvořáková', role: 'service_user_rep', organisation: 'Spolek uživatelů', presence: 'present', addressForm: 'feminine' },
    { name: 'Ondřej Malý', role: 'member', organisation: 'Úřad práce', presence: 'present', addressForm: 'neutral' },
    { name: 'Eva Horáková', role: 'member', organisation: 'Úřad práce', presence: 'apologies', addressForm: 'feminine' },
  ],
  agenda: [
    {
      title: 'Čtvrtletní data za 4. čtvrtletí 2025',
      notes: 'Počet doporučení vzrostl v obou službách.\n\nTým v Chrudimi získal dva nové zaměstnavatele.',
      decisions: [
        decision({
          label: '2026/07',
          wording: 'Výbor žádá obě služby o měsíční hlášení nástupů do práce.',
          rationale: 'Čtvrtletní data přicházejí pozdě.',
          method: 'vote',
          votes: { for: 1250, against: 1, abstain: 2 },
          dissent: [{ name: 'Petr Svoboda', words: 'Měsíční hlášení ubere čas klientům.', addressForm: 'masculine' }],
          userRepPosition: 'Zástupci uživatelů podporují rychlejší zpětnou vazbu.',
        }),
      ],
      actions: [action({ title: 'Rozeslat šablonu měsíčního hlášení', owner: 'Petr Svoboda', dueDate: '2026-04-30' })],
    },
  ],
  other: { decisions: [decision({ label: '2026/08', wording: 'Příští jednání bude v červnu.', dissent: [{ name: 'Jana Nováková', words: '', addressForm: 'feminine' }] })], actions: [] },
  earlierActions: [reviewed({ title: 'Oslovit krajskou hospodářskou komoru', owner: 'Jana Nováková', dueDate: '2026-01-31', status: 'in_progress', overdue: true, note: 'Schůzka domluvena na duben.' })],
  feedback: [],
};

const bare: MinutesData = {
  language: 'en',
  committee: { name: 'Hradec Králové IPS Steering Committee', region: '' },
  meeting: { heldOn: '2026-06-09', kind: 'regular', place: '', online: false, minutesApprovedOn: null },
  attendees: [],
  agenda: [],
  other: { decisions: [], actions: [] },
  earlierActions: [],
  feedback: [],
};

type Docx = { document: string; footers: string[]; core: string };

function unzip(bytes: Uint8Array): Docx {
  const parts = docxParts(bytes);
  const footers = parts.paths.filter((path) => /\/word\/footer\d+\.xml$/.test(path)).map((path) => parts.text(path));
  return { document: parts.text('/word/document.xml'), footers, core: parts.text('/docProps/core.xml') };
}

function allText(document: string): string {
  return docxBlocks(document)
    .map((block) => (block.kind === 'table' ? block.rows.join('\n') : block.kind === 'figure' ? '' : block.text))
    .join('\n');
}

function rowWith(document: string, words: string): string {
  const rows = docxBlocks(document).flatMap((block) => (block.kind === 'table' ? block.rows : []));
  const row = rows.find((candidate) => candidate.includes(words));
  if (row === undefined) throw new Error(`no table row mentions ${words}`);
  return row;
}

/** Headings that a reader would find followed by nothing of their own: the next block is a heading at the same or a higher level, or the end. */
function bareHeadings(document: string): string[] {
  const list = docxBlocks(document);
  return list.flatMap((block, index) => {
    if (block.kind !== 'heading') return [];
    const next = list[index + 1];
    return next === undefined || (next.kind === 'heading' && next.level <= block.level) ? [block.text] : [];
  });
}

function headingTexts(document: string, level: number): string[] {
  return docxBlocks(document).flatMap((block) => (block.kind === 'heading' && block.level === level ? [block.text] : []));
}

describe('the minutes in English', async () => {
  const docx = unzip(await buildMinutesDocx(english));
  const text = allText(docx.document);

  it('uses Word’s own title and heading styles, so the navigation pane lists the items and decisions', () => {
    expect(headingTexts(docx.document, 0)).toEqual(['Pardubice IPS Steering Committee: minutes of the meeting on 3\u00a0March\u00a02026']);
    expect(headingTexts(docx.document, 1)).toEqual(['Meeting details', 'Attendance', 'Actions from earlier meetings', 'Agenda items', 'Feedback from service users answered at this meeting']);
    expect(headingTexts(docx.document, 2)).toEqual(['1. Quarterly figures Q4 2025', '2. Fidelity review plans', '3. Benefits counselling', 'Other business']);
    expect(headingTexts(docx.document, 3)).toEqual(['Decision 2026/07', 'New actions', 'Decision 2026/08', 'New actions']);
  });

  it('leaves the headings in the bold of their style, never switching it off run by run', () => {
    expect(docx.document).not.toContain('<w:b w:val="false"/>');
    expect(docx.document).not.toContain('<w:i w:val="false"/>');
  });

  it('repeats the header row of every table on each page', () => {
    const tables = docx.document.match(/<w:tbl>/g) ?? [];
    expect(tables).toHaveLength(4);
    for (const table of docx.document.split('<w:tbl>').slice(1)) expect(table.split('</w:tr>')[0]).toContain('<w:tblHeader/>');
  });

  it('gives the meeting’s details, saying where it was and that members also joined online', () => {
    expect(text).toContain('Date: 3\u00a0March\u00a02026');
    expect(text).toContain('Kind of meeting: Regular meeting');
    expect(text).toContain('Place: Regional Office, room 204, with members also joining online');
    expect(text).toContain('Draft minutes — not yet approved.');
  });

  it('lists who came with their role, marking service-user representatives and guests in words, and who sent apologies', () => {
    expect(rowWith(docx.document, 'Marie Dvořáková')).toContain('Service-user representative');
    expect(rowWith(docx.document, 'Tomáš Král')).toContain('Guest');
    const attendance = docxBlocks(docx.document).find((block) => block.kind === 'table');
    expect(attendance?.kind === 'table' ? attendance.rows.at(-1) : '').toContain('Tomáš Král');
    expect(text).toContain('Apologies: Eva Horáková and Karel Beneš');
    expect(text).not.toMatch(/Eva Horáková \|/);
  });

  it('records a decision with its label, vote counts, dissent in the member’s words and the user representatives’ position', () => {
    expect(text).toContain('Decision 2026/07');
    expect(text).toContain('Decided by vote: 5 for, 1 against, 2 abstained.');
    expect(text).toContain('Dissenting view of Petr Svoboda: “Monthly reporting takes time away from clients.”');
    expect(text).toContain('Position of the service-user representatives: The user representatives support faster feedback.');
    expect(text).toContain('Rationale: Quarterly figures arrive too late to act on.');
    expect(text).toContain('This decision amends decision 2025/12.');
    expect(text).toContain('Later revoked by decision 2026/09.');
    expect(text).toContain('Reached by consensus.');
    expect(text).toContain('This decision revokes decision 2025/03.');
    expect(text).toContain('Later amended by decision 2026/11.');
  });

  it('keeps each agenda item’s notes as separate paragraphs', () => {
    const paragraphs = docxBlocks(docx.document).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(paragraphs).toContain('Referrals rose in both services.');
    expect(paragraphs).toContain('The Chrudim team reported two new employers.');
  });

  it('says so under an agenda item where nothing was recorded, and leaves no heading bare', () => {
    const list = docxBlocks(docx.document);
    const index = list.findIndex((block) => block.kind === 'heading' && block.text === '2. Fidelity review plans');
    expect(list[index + 1]).toEqual({ kind: 'paragraph', text: 'Nothing was recorded under this item.' });
    expect(bareHeadings(docx.document)).toEqual([]);
  });

  it('lists new actions with owner and due date only, and earlier ones with what this meeting recorded, overdue written out', () => {
    expect(rowWith(docx.document, 'Send the monthly reporting template')).toBe('Send the monthly reporting template\nServes: 2026/07 | Petr Svoboda | 30\u00a0April\u00a02026 | ');
    expect(rowWith(docx.document, 'Book a room')).toBe('Book a room for the June meeting | no owner named | no due date | ');
    expect(rowWith(docx.document, 'employers’ association')).toBe('Contact the regional employers’ association | Jana Nováková | 31\u00a0January\u00a02026 | Open (overdue) | No reply yet; will call again. | ');
    expect(rowWith(docx.document, 'Translate the leaflet')).toBe('Translate the leaflet | Marie Dvořáková | 15\u00a0February\u00a02026 | Done | nothing recorded | ');
    expect(rowWith(docx.document, 'Pilot a job club')).toContain('Dropped\nReason: Not part of IPS.');
    expect(rowWith(docx.document, 'Action | Owner')).toBe('Action | Owner | Due | Status | What happened | ');
  });

  it('gives the feedback the meeting answered with its answer, quoting only what may be quoted and naming nobody anonymous', () => {
    expect(text).toContain('“The bus does not come early enough for the morning shift.”');
    expect(text).toContain('Given on 10\u00a0February\u00a02026 by a contributor who asked not to be named');
    expect(text).toContain('The committee’s answer: Acted on');
    expect(text).toContain('Followed up by decision 2026/07.');
    expect(text).toContain('The words were not cleared for quotation.');
    expect(text).toContain('Given on 12\u00a0February\u00a02026 by Marie Dvořáková');
    expect(text).toContain('Why not: There is no budget this year.');
  });

  it('numbers the pages in the footer as “Page X of Y”', () => {
    expect(docx.footers).toHaveLength(1);
    const footer = docx.footers[0] ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(docxText(footer)).toContain('Page ');
    expect(docxText(footer)).toContain(' of ');
  });

  it('sets the language and the title in the file’s properties and on the text', () => {
    expect(docx.core).toContain('<dc:title>Pardubice IPS Steering Committee: minutes of the meeting on 3\u00a0March\u00a02026</dc:title>');
    expect(docx.core).toContain('<dc:creator>IPS Steering Workbench</dc:creator>');
    expect(docx.core).toContain('<dc:language>en-GB</dc:language>');
    expect(docx.document).toContain('<w:lang w:val="en-GB"/>');
    expect(docx.document).not.toContain('cs-CZ');
  });

  it('leaves no catalogue key untranslated', () => {
    expect(text).not.toMatch(/\b(minutes|common|roles|statuses)\.\w+/);
  });
});

describe('the minutes in Czech', async () => {
  const docx = unzip(await buildMinutesDocx(czech));
  const text = allText(docx.document);

  it('writes dates, numbers and the approval the Czech way', () => {
    expect(headingTexts(docx.document, 0)).toEqual(['Řídicí výbor IPS Pardubického kraje: zápis z\u00a0jednání dne 3.\u00a0března\u00a02026']);
    expect(text).toContain('Zápis byl schválen dne 31.\u00a0března\u00a02026.');
    expect(text).toContain('Druh jednání: Mimořádné jednání');
    expect(text).toContain('Přijato hlasováním – pro: 1\u00a0250, proti: 1, zdrželo se: 2.');
    expect(rowWith(docx.document, 'Rozeslat šablonu')).toContain('30.\u00a0dubna\u00a02026');
  });

  it('records decisions, dissent and overdue actions in Czech words', () => {
    expect(headingTexts(docx.document, 3)).toEqual(['Usnesení 2026/07', 'Nové úkoly', 'Usnesení 2026/08']);
    expect(headingTexts(docx.document, 2)).toEqual(['1. Čtvrtletní data za 4. čtvrtletí 2025', 'Různé']);
    expect(text).toContain('Odlišné stanovisko – Petr Svoboda: „Měsíční hlášení ubere čas klientům.“');
    expect(text).toContain('Odlišné stanovisko uplatnila Jana Nováková.');
    expect(rowWith(docx.document, 'Oslovit krajskou')).toContain('Probíhá (po termínu)');
    expect(bareHeadings(docx.document)).toEqual([]);
  });

  it('writes each role and the apologies in the form the person chose', () => {
    expect(rowWith(docx.document, 'Jana Nováková')).toContain('Předsedkyně');
    expect(rowWith(docx.document, 'Marie Dvořáková')).toContain('Zástupkyně uživatelů služeb');
    expect(rowWith(docx.document, 'Ondřej Malý')).toContain('Členská role');
    expect(text).not.toMatch(/\/(ka|kyně|předsedkyně)\b/);
    expect(text).toContain('Omluvena: Eva Horáková');
    expect(bareHeadings(docx.document)).toEqual([]);
  });

  it('marks the text and the file as Czech and numbers the pages in Czech', () => {
    expect(docx.document).toContain('<w:lang w:val="cs-CZ"/>');
    expect(docx.document).not.toContain('en-GB');
    expect(docx.core).toContain('<dc:language>cs-CZ</dc:language>');
    expect(docxText(docx.footers[0] ?? '')).toContain('Strana ');
  });

  it('has no English words left in it', () => {
    expect(text).not.toMatch(/\b(Decision|Minutes|Apologies|Action|Owner|overdue|Page)\b/);
  });
});

describe('minutes of a meeting that recorded little', async () => {
  const docx = unzip(await buildMinutesDocx(bare));
  const text = allText(docx.document);

  it('leave out the sections that would be empty instead of showing bare headings', () => {
    expect(headingTexts(docx.document, 1)).toEqual(['Meeting details']);
    expect(text).not.toContain('Apologies');
    expect(text).not.toContain('Place:');
    expect(text).not.toContain('Region:');
    expect(docx.document).not.toContain('<w:tbl>');
    expect(bareHeadings(docx.document)).toEqual([]);
  });
});

describe('the minutes as a PDF', () => {
  const folder = mkdtempSync(join(tmpdir(), 'minutes-pdf-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.skipIf(!hasSoffice)('open in LibreOffice and convert to a non-empty PDF', async () => {
    const docx = join(folder, 'minutes.docx');
    writeFileSync(docx, await buildMinutesDocx(czech));
    // A profile of its own, so the conversion neither waits for nor disturbs a LibreOffice already running.
    const profile = pathToFileURL(join(folder, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(folder, 'minutes.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(5_000);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);
});
