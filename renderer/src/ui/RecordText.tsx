import type { ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import { explainAbbreviations } from '../format/explain-abbreviations';

/**
 * Text that is the committee's own (notes, decisions, the register's names) or the catalogue's, not the
 * workbench's wording: plain language cannot reword it, so it explains the abbreviations in it instead.
 * Marked data-record-text, so that tests and styles know whose words these are.
 */
export function RecordText({ text, as: Tag = 'span', className }: { text: string; as?: ElementType; className?: string }) {
  // Rendered again when the language or plain language changes.
  useTranslation();
  return (
    <Tag className={className} data-record-text="">
      {explainAbbreviations(text)}
    </Tag>
  );
}
