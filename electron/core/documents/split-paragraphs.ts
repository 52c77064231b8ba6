/**
 * Text typed in the app with blank lines between paragraphs, as those paragraphs, trimmed. Blank text gives
 * none, so a document never shows an empty paragraph where someone left a field empty.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[^\S\r\n]*\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
