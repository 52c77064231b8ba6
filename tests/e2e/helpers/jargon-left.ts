import type { Page } from 'playwright-core';
import { languages, type Language } from '../../../electron/core/domain/languages';
import { uiLocales } from '../../../electron/core/domain/ui-locales';

/** What plain language adds after an abbreviation in the committee's words, taken out before comparing them. */
const expansions = languages.flatMap((language) => Object.values(uiLocales[language].ui.abbreviations)).map((expansion) => ` (${expansion})`);

/**
 * Words that plain language must not leave on a screen: the glossary's terms in their technical form and
 * the abbreviations a reader would have to look up. Everyday words the glossary also explains (referral,
 * barrier) are not jargon and may stay.
 */
export const jargon = {
  en: [/\bFTEs?\b/, /full-time equivalent/i, /fidelity/i, /\bIPS-25\b/, /\bCFIR\b/, /Consolidated Framework/i, /\bESCF\b/, /Social Catalyst/i, /Learning Community/i, /\bdot[- ]?vot/i, /sustainment/i, /caseload/i, /employment rate/i, /engagement rate/i, /job-start rate/i, /conversion rate/i, /\bSMI\b/, /\bMoLSA\b/, /\bMPSV\b/],
  cs: [/\bFTE\b/, /přepočten\p{L}* úvaz/iu, /věrnost/iu, /\bIPS-25\b/, /\bCFIR\b/, /Konsolidovan\p{L}* rám/iu, /\bESCF\b/, /katalytick/iu, /Learning Community/i, /učící se komunit/iu, /tečkov/iu, /míra zaměstnanosti/iu, /míra zapojení/iu, /konverzn/iu, /\bSMI\b/, /\bMPSV\b/],
  // The translators' lists of the technical terms their glossaries explain.
  da: [/\bFTEs?\b/, /årsværk/iu, /fuldtidsækvivalent/iu, /fidelity/i, /fidelitet/iu, /modeltroskab/iu, /\bIPS-25\b/, /\bCFIR\b/, /Consolidated Framework/i, /\bESCF\b/, /Social Catalyst/i, /Learning Community/i, /læringsfællesskab/iu, /prikafstemning/iu, /\bdot[- ]?vot/i, /fastholdelse/iu, /sagsstamme/iu, /caseload/i, /beskæftigelsesgrad/iu, /beskæftigelsesfrekvens/iu, /opstartsrate/iu, /jobstartrate/iu, /konverteringsrate/iu, /\bSMI\b/, /\bMoLSA\b/, /\bMPSV\b/],
  es: [/\bETC\b/u, /equivalentes? a tiempo completo/iu, /fidelidad/iu, /\bIPS-25\b/u, /\bCFIR\b/u, /Marco Consolidado/iu, /Consolidated Framework/iu, /\bESCF\b/u, /Social Catalyst/iu, /Learning Community/i, /comunidad (?:internacional )?de aprendizaje/iu, /votaci[óo]n por puntos/iu, /mantenimientos?\b/iu, /carga de casos/iu, /casos por especialista/iu, /tasas? de empleo/iu, /tasas? de vinculaci[óo]n/iu, /tasas? de inicio/iu, /tasas? de conversi[óo]n/iu, /\bSMI\b/u, /\bTMG\b/u, /\bMoLSA\b/u, /\bMPSV\b/u],
  fr: [/\bETP\b/u, /équivalents? temps plein/iu, /fid[ée]lit[ée]/iu, /\bIPS-25\b/u, /\bCFIR\b/u, /Consolidated Framework/iu, /\bESCF\b/u, /Social Catalyst/iu, /Learning Community/iu, /vote par gommettes/iu, /\bdot[- ]?vot/iu, /maintiens? (dans l[’']|en )emploi/iu, /taux de maintien/iu, /file active/iu, /taux d[’']emploi/iu, /taux d[’']entrée/iu, /taux de prise de poste/iu, /taux de conversion/iu, /\bSMI\b/u],
  hr: [/\bEPRV\b/u, /ekvivalent\p{L}* punog radnog vremena/iu, /vjernost|vjernošć/iu, /\bIPS-25\b/u, /\bCFIR\b/u, /Konsolidiran\p{L}* okvir/iu, /\bESCF\b/u, /Social Catalyst/i, /katalizir/iu, /Learning Community/i, /zajednic\p{L}* učenja/iu, /glasanj\p{L}* točkicama/iu, /zadržavanj/iu, /u obradi/iu, /korisnika po stručnjaku/iu, /stop\p{L}* zaposlenosti/iu, /stop\p{L}* uključivanja/iu, /stop\p{L}* novih zaposlenja/iu, /konverzij/iu, /\bSMI\b/u, /\bMPSV\b/u, /\bMoLSA\b/u],
} satisfies Record<Language, readonly RegExp[]>;

/** Takes out of `text` every committee text, whole or cut short where the screen shortens it ("…"). */
function withoutCommitteeTexts(text: string, records: readonly string[]): string {
  let rest = text;
  for (const record of [...records].sort((a, b) => b.length - a.length)) {
    const flat = record.replace(/\s+/g, ' ').trim();
    const start = flat.slice(0, 20);
    for (let at = rest.indexOf(start); at !== -1; at = rest.indexOf(start, at)) {
      let end = at;
      while (end - at < flat.length && rest[end] === flat[end - at]) end += 1;
      // The same words, whole or as far as the screen shows them before "…"; another text that only begins
      // the same way is left for its own turn.
      const whole = end - at === flat.length;
      const cut = rest.slice(end).trimStart().startsWith('…');
      if (!whole && !cut) {
        at += 1;
        continue;
      }
      rest = `${rest.slice(0, at)} ${rest.slice(end)}`;
    }
  }
  return rest;
}

const abbreviation = /(?<![\p{L}\d-])(\(?)(ESCF|CFIR|MPSV|MoLSA|SMI|FTE|IPS-25)(?![\p{L}\d-])(?!\s*\()/gu;

/**
 * The jargon in the main part of the screen, with a little of its context: the workbench's own words must
 * have none, and an abbreviation in the committee's words (`records`, see committeeTexts) must be explained
 * in parentheses beside it.
 */
export async function jargonLeft(page: Page, language: Language, records: readonly string[]): Promise<string[]> {
  const screen = await page.locator('main').evaluate((main) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => {
        if (node instanceof Element) {
          // The names of controls and of charts are read out too.
          const label = node.getAttribute('aria-label');
          if (label !== null) parts.push(label);
          return NodeFilter.FILTER_SKIP;
        }
        const parent = node.parentElement;
        if (parent === null || parent.closest('[hidden], details:not([open]) > :not(summary)') !== null) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    return parts.join(' ').replace(/\s+/g, ' ');
  });
  const own = withoutCommitteeTexts(expansions.reduce((text, expansion) => text.split(expansion).join(''), screen), records);
  const found: string[] = [];
  const context = (text: string, index: number, length: number) => `“…${text.slice(Math.max(0, index - 50), index + length + 30)}…”`;
  for (const pattern of jargon[language]) {
    const match = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`).exec(own);
    if (match !== null) found.push(`${match[0]} in ${context(own, match.index, match[0].length)}`);
  }
  for (const match of screen.matchAll(abbreviation)) {
    if (match[1] === '(') continue;
    found.push(`${match[2] ?? ''} unexplained in ${context(screen, match.index, match[0].length)}`);
    break;
  }
  return found;
}
