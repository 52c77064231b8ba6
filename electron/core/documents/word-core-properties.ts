import type { Language } from '../domain/languages';
import { localeTag } from '../domain/locale-tag';
import { documentText } from './document-text';

function xmlText(text: string): string {
  // Characters XML 1.0 cannot hold at all would make Word refuse the whole file, so they go rather than the file.
  return text
    .replace(/(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF]/gu, '')
    .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * The package's core properties (File > Info in Word), written whole because the docx library has no option for
 * the document's language, which screen readers and search indexes read from here.
 */
export function wordCoreProperties(language: Language, title: string, subject: string, at: Date): { path: string; data: string } {
  const application = xmlText(documentText(language, 'common.application'));
  const time = `${at.toISOString().slice(0, 19)}Z`;
  const data = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(title)}</dc:title>`,
    subject === '' ? '' : `<dc:subject>${xmlText(subject)}</dc:subject>`,
    `<dc:creator>${application}</dc:creator>`,
    `<cp:lastModifiedBy>${application}</cp:lastModifiedBy>`,
    `<dc:language>${localeTag(language)}</dc:language>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
  return { path: 'docProps/core.xml', data };
}
