import type { Paragraph } from 'docx';
import { documentFormat } from '../documents/document-format';
import { documentText } from '../documents/document-text';
import { splitParagraphs } from '../documents/split-paragraphs';
import { wordParagraphs } from '../documents/word-paragraphs';
import type { Language } from '../domain/languages';
import type { MinutesDecision } from './minutes-data';

function method(language: Language, decision: MinutesDecision): string {
  if (decision.method === 'consensus') return documentText(language, 'minutes.decision.consensus');
  if (decision.votes === null) return documentText(language, 'minutes.decision.vote');
  const count = (value: number) => documentFormat.number(language, value);
  return documentText(language, 'minutes.decision.voteCounts', { for: count(decision.votes.for), against: count(decision.votes.against), abstain: count(decision.votes.abstain) });
}

/**
 * One decision as the committee will cite it later: its label as a heading (so it shows in Word's navigation
 * pane), the wording, why, how it was reached, who disagreed in their own words, and what the service-user
 * representatives said. A decision later changed says so in bold, so no one acts on it unawares.
 */
export function minutesDocxDecision(language: Language, decision: MinutesDecision): Paragraph[] {
  const text = (key: string, params?: Record<string, string>) => documentText(language, `minutes.decision.${key}`, params);
  const write = wordParagraphs(language);
  const quoted = (words: string) => text('quoted', { words: words.trim() });
  const changes = decision.changes === null ? [] : [write.paragraph([{ text: text(decision.changes.kind, { label: decision.changes.label }), style: 'italic' }])];
  const changedBy =
    decision.changedBy === null ? [] : [write.paragraph([{ text: text(decision.changedBy.kind === 'amends' ? 'amendedBy' : 'revokedBy', { label: decision.changedBy.label }), style: 'bold' }])];
  const rationale = splitParagraphs(decision.rationale).map((part, index) => (index === 0 ? write.labelled(text('rationale'), part) : write.paragraph(part)));
  const dissent = decision.dissent.map((view) =>
    view.words.trim() === '' ? write.paragraph(text(`dissentNoWords.${view.addressForm}`, { name: view.name })) : write.labelled(text('dissent', { name: view.name }), quoted(view.words)),
  );
  const userReps = decision.userRepPosition.trim() === '' ? [] : [write.labelled(text('userReps'), decision.userRepPosition.trim())];
  return [
    write.heading3(text('label', { label: decision.label })),
    ...changedBy,
    ...changes,
    ...splitParagraphs(decision.wording).map((part) => write.paragraph([{ text: part, style: 'bold' }])),
    ...rationale,
    write.paragraph(method(language, decision)),
    ...dissent,
    ...userReps,
  ];
}
