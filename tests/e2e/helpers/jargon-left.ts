import type { Page } from 'playwright-core';
import cs from '../../../resources/locales/cs.json';
import en from '../../../resources/locales/en.json';

/** What plain language adds after an abbreviation in the committee's words, taken out before comparing them. */
const expansions = [...Object.values(en.abbreviations), ...Object.values(cs.abbreviations)].map((expansion) => ` (${expansion})`);

/**
 * Words that plain language must not leave on a screen: the glossary's terms in their technical form and
 * the abbreviations a reader would have to look up. Everyday words the glossary also explains (referral,
 * barrier) are not jargon and may stay.
 */
export const jargon = {
  en: [/\bFTEs?\b/, /full-time equivalent/i, /fidelity/i, /\bIPS-25\b/, /\bCFIR\b/, /Consolidated Framework/i, /\bESCF\b/, /Social Catalyst/i, /Learning Community/i, /\bdot[- ]?vot/i, /sustainment/i, /caseload/i, /employment rate/i, /engagement rate/i, /job-start rate/i, /conversion rate/i, /\bSMI\b/, /\bMoLSA\b/, /\bMPSV\b/],
  cs: [/\bFTE\b/, /přepočten\p{L}* úvaz/iu, /věrnost/iu, /\bIPS-25\b/, /\bCFIR\b/, /Konsolidovan\p{L}* rám/iu, /\bESCF\b/, /katalytick/iu, /Learning Community/i, /učící se komunit/iu, /tečkov/iu, /míra zaměstnanosti/iu, /míra zapojení/iu, /konverzn/iu, /\bSMI\b/, /\bMPSV\b/],
} as const;

/** Takes out of `text` every committee text, whole or cut short where the screen shortens it ("…"). */
function withoutCommitteeTexts(text: string, records: readonly string[]): string {
  let rest = text;
  for (const record of [...records].sort((a, b) => b.length - a.length)) {
    const flat = record.replace(/\s+/g, ' ').trim();
    const start = flat.slice(0, 20);
    for (let at = rest.indexOf(start); at !== -1; at = rest.indexOf(start, at)) {
      let end = at;
      // Long enough to be the same words, as far as the screen shows them.
      while (end - at < flat.length && rest[end] === flat[end - at]) end += 1;
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
export async function jargonLeft(page: Page, language: keyof typeof jargon, records: readonly string[]): Promise<string[]> {
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
