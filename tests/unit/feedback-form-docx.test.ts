import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeedbackFormDocx } from '../../electron/core/feedback/build-feedback-form-docx';
import { translate } from '../../electron/shared/translate';
import { languages } from '../../electron/core/domain/languages';
import { docxParts } from '../helpers/docx-parts';
import { tempDir } from '../helpers/temp-dir';

const hasSoffice = spawnSync('which', ['soffice']).status === 0;

describe('the paper feedback form', () => {
  it('asks the four questions of the screen form in the chosen language, with room to write', async () => {
    for (const language of languages) {
      const xml = docxParts(await buildFeedbackFormDocx(language)).text('/word/document.xml');
      for (const key of ['title', 'q1', 'q2', 'q3', 'q4', 'q3Anonymous']) expect(xml, `${language} ${key}`).toContain(translate(language, `feedbackForm.${key}`));
      // Two boxes to write in: the words themselves, and what they are about.
      expect(xml.match(/<w:tbl>/g)?.length).toBe(2);
    }
  });

  it.skipIf(!hasSoffice)('fits on one printed page in every language', async () => {
    const dir = tempDir();
    const files: string[] = [];
    for (const language of languages) {
      const docx = join(dir, `form-${language}.docx`);
      writeFileSync(docx, await buildFeedbackFormDocx(language));
      files.push(docx);
    }
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore' });
    for (const language of languages) {
      const pdf = readFileSync(join(dir, `form-${language}.pdf`), 'latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, language).toBe(1);
    }
  });
});
