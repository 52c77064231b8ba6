import i18next from 'i18next';
import { plainLanguage } from '../i18n/i18n';

/** Abbreviations that the committee's own texts and the barrier catalogue use, each with a plain expansion. */
const abbreviations = ['ESCF', 'CFIR', 'MPSV', 'MoLSA', 'SMI', 'FTE', 'IPS-25'] as const;
const pattern = new RegExp(`(?<![\\p{L}\\d-])(\\(?)(${abbreviations.join('|')})(?![\\p{L}\\d-])(?!\\s*\\()`, 'gu');

/**
 * In plain language, text the workbench cannot reword (the committee's own notes and decisions, the
 * catalogue's texts) explains its abbreviations: "MPSV (the Czech Ministry of Labour and Social Affairs)".
 * One already in parentheses, "… Social Affairs (MPSV)", or already followed by one, is left as it is.
 */
export function explainAbbreviations(text: string): string {
  if (!plainLanguage()) return text;
  return text.replace(pattern, (whole, opening: string, abbreviation: string) => (opening === '(' ? whole : `${abbreviation} (${i18next.t(`abbreviations.${abbreviation}`)})`));
}
