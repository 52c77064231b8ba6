import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../electron/core/barriers/catalogue';
import { fidelityScale } from '../../electron/core/fidelity/fidelity-scale';
import { createDemoCommittee } from '../../electron/core/committee/create-demo-committee';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { languages, type Language } from '../../electron/core/domain/languages';
import { reportSections } from '../../electron/core/domain/report-sections';
import { buildFeedbackFormDocx } from '../../electron/core/feedback/build-feedback-form-docx';
import { buildMinutesDocx } from '../../electron/core/meetings/build-minutes-docx';
import { listMeetings } from '../../electron/core/meetings/list-meetings';
import { loadMinutesData } from '../../electron/core/meetings/load-minutes-data';
import { makeReport } from '../../electron/core/report/make-report';
import { docxText } from '../helpers/docx-blocks';
import { docxParts } from '../helpers/docx-parts';
import { allowedWords, hasHunspell, unknownWords } from '../helpers/hunspell';
import { flattenTexts, localeFolders, localesRoot, readLocaleFile } from '../helpers/locale-folders';

const textFiles = ['ui.json', 'ui.plain.json', 'documents.json', 'catalogue.json', 'ips-25.json', 'demo.json'];
const dictionaryOf = (language: string) => (JSON.parse(readFileSync(join(localesRoot, language, 'language.json'), 'utf8')) as { dictionary: string }).dictionary;
const today = '2026-12-01';

describe.skipIf(!hasHunspell)('spelling, checked by hunspell against each language’s dictionary', () => {
  it.each(localeFolders())('%s: every text of the screens, documents, catalogue, scale and demo', (language) => {
    const texts = textFiles.flatMap((file) => [...flattenTexts(readLocaleFile(language, file)).entries()].filter(([key]) => !key.startsWith('languages.') && !key.endsWith('.country')).map(([, text]) => text));
    expect(texts.length).toBeGreaterThan(1000);
    expect(unknownWords(dictionaryOf(language), allowedWords(language), texts)).toEqual([]);
  });

  describe('the documents the demo committee produces', () => {
    const documents = new Map<Language, string[]>();

    beforeAll(async () => {
      // A folder of its own: the temp-dir helper empties its folders after each test.
      const folder = mkdtempSync(join(tmpdir(), 'workbench-spelling-'));
      for (const language of languages) {
        const db = openWorkbenchDatabase(join(folder, `demo-${language}.sqlite`));
        createDemoCommittee(db, language, today);
        const fields = { title: '', periodFrom: '2026-01-01', periodTo: '2026-06-30', language, sections: [...reportSections], foreword: '', comments: {}, showUserRepNames: true };
        const files = [(await makeReport(db, fields, today)).bytes, (await makeReport(db, fields, today, 'easy_read')).bytes];
        for (const meeting of listMeetings(db)) files.push(await buildMinutesDocx(loadMinutesData(db, meeting.id)));
        files.push(await buildFeedbackFormDocx(language));
        db.close();
        documents.set(
          language,
          files.map((bytes) => docxText(docxParts(bytes).text('/word/document.xml').replace(/<\/w:p>/g, '</w:p><w:t>\n</w:t>'))),
        );
      }
      rmSync(folder, { recursive: true, force: true });
    }, 300_000);

    // The appendix cites its sources as they were published (in English); a citation is not the report's words.
    const citations = [...catalogue().sources.map((source) => source.citation), fidelityScale().source];
    const withoutCitations = (text: string) => citations.reduce((rest, citation) => rest.split(citation).join(' '), text);

    it.each(languages)('%s: the report, its easy-read summary, every meeting’s minutes and the paper feedback form', (language) => {
      const texts = (documents.get(language) ?? []).map(withoutCitations);
      expect(texts.length).toBeGreaterThan(3);
      expect(unknownWords(dictionaryOf(language), allowedWords(language), texts)).toEqual([]);
    });
  });

  it('can fail: a misspelt word and an English word in a Danish sentence are both found', () => {
    expect(unknownWords('da_DK', new Set(), ['Styregruppen mødes hvert kvartel.', 'Styregruppen mødes every quarter.'])).toEqual(['every', 'kvartel', 'quarter']);
  });
});
