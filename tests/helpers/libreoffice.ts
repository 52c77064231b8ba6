import { execFileSync, spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice and poppler's pdftotext, which CI installs; a machine without them skips the tests that need them. */
export const hasLibreOffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext'], { encoding: 'utf8' }).status === 0;

/**
 * Converts Word files to PDF in one LibreOffice run, with a profile of its own so it neither waits for nor
 * disturbs a LibreOffice already running; returns the PDFs' paths in the order given.
 */
export function convertToPdf(files: readonly string[], folder: string): string[] {
  const profile = pathToFileURL(join(folder, 'libreoffice-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files], { stdio: 'ignore', timeout: 600_000 });
  return files.map((file) => join(folder, basename(file).replace(/\.docx$/, '.pdf')));
}

/** The text of each page of a PDF, as a reader meets it. */
export function pdfPages(pdf: string): string[] {
  // Layout mode keeps a hyphen at the end of a line; the default mode would join "Lipová-" and "město" into one word.
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, index, pages) => index < pages.length - 1 || page.trim() !== '');
}
