import type { FileChild } from 'docx';
import { documentFormat } from '../documents/document-format';
import { documentText } from '../documents/document-text';
import { splitParagraphs } from '../documents/split-paragraphs';
import { wordDocument } from '../documents/word-document';
import { wordParagraphs } from '../documents/word-paragraphs';
import { wordTable } from '../documents/word-table';
import { localeTag } from '../domain/locale-tag';
import type { Language } from '../domain/languages';
import type { MinutesData } from './minutes-data';
import { minutesDocxActions } from './minutes-docx-actions';
import { minutesDocxDecision } from './minutes-docx-decision';
import { addressAgreement } from '../documents/address-agreement';
import type { WordText } from '../documents/word-runs';

type Section = (data: MinutesData) => FileChild[];

const say = (language: Language, key: string, params?: Record<string, string>) => documentText(language, `minutes.${key}`, params);

const approval: Section = ({ language, meeting }) => {
  const write = wordParagraphs(language);
  if (meeting.minutesApprovedOn === null) return [write.paragraph([{ text: say(language, 'draft'), style: 'bold' }])];
  return [write.paragraph([{ text: say(language, 'approvedOn', { date: documentFormat.date(language, meeting.minutesApprovedOn) }), style: 'italic' }])];
};

function place(language: Language, meeting: MinutesData['meeting']): string {
  const where = meeting.place.trim();
  if (meeting.online) return where === '' ? say(language, 'details.online') : say(language, 'details.placeAndOnline', { place: where });
  return where;
}

const details: Section = ({ language, meeting, committee }) => {
  const write = wordParagraphs(language);
  const label = (key: string) => `${say(language, `details.${key}`)}:`;
  const where = place(language, meeting);
  return [
    write.heading1(say(language, 'details.heading')),
    write.labelled(label('date'), documentFormat.date(language, meeting.heldOn)),
    write.labelled(label('kind'), say(language, `details.${meeting.kind}`)),
    ...(where === '' ? [] : [write.labelled(label('place'), where)]),
    ...(committee.region.trim() === '' ? [] : [write.labelled(label('region'), committee.region.trim())]),
  ];
};

const attendance: Section = ({ language, attendees }) => {
  const write = wordParagraphs(language);
  // Members first and guests after them, each group in the order the meeting recorded them.
  const present = attendees.filter((person) => person.presence === 'present').sort((a, b) => Number(a.role === 'guest') - Number(b.role === 'guest'));
  const away = attendees.filter((person) => person.presence === 'apologies');
  if (present.length === 0 && away.length === 0) return [];
  const column = (key: string) => ({ header: say(language, `attendance.${key}`) });
  // Each role in the form its holder chose (předsedkyně, předseda, or a neutral wording).
  const rows = present.map((person) => [person.name, documentText(language, `roles.${person.role}.${person.addressForm}`), person.organisation]);
  // "Omluvena" for one woman, "Omluveni" for a group with a man in it: the sentence agrees with the people it names.
  const apologies = say(language, `attendance.apologies.${away.length === 1 ? 'one' : 'other'}.${addressAgreement(away.map((person) => person.addressForm))}`, {
    names: new Intl.ListFormat(localeTag(language), { type: 'conjunction' }).format(away.map((person) => person.name)),
  });
  return [
    write.heading1(say(language, 'attendance.heading')),
    ...(rows.length === 0 ? [] : [wordTable(language, [column('name'), column('role'), column('organisation')], rows)]),
    ...(away.length === 0 ? [] : [(rows.length === 0 ? write.paragraph : write.afterTable)(apologies)]),
  ];
};

const earlierActions: Section = ({ language, earlierActions: reviewed }) => {
  if (reviewed.length === 0) return [];
  return [wordParagraphs(language).heading1(say(language, 'earlierActions.heading')), minutesDocxActions.reviewed(language, reviewed)];
};

function outcomes(language: Language, recorded: MinutesData['other']): FileChild[] {
  const write = wordParagraphs(language);
  return [
    ...recorded.decisions.flatMap((decision) => minutesDocxDecision(language, decision)),
    ...(recorded.actions.length === 0 ? [] : [write.heading3(say(language, 'agenda.newActions')), minutesDocxActions.created(language, recorded.actions)]),
  ];
}

const agenda: Section = ({ language, agenda: items, other }) => {
  const write = wordParagraphs(language);
  const itemParts = items.flatMap((item, index) => {
    const body = [...splitParagraphs(item.notes).map((part) => write.paragraph(part)), ...outcomes(language, item)];
    // A heading left bare would look like a gap in the record, so the minutes say there was nothing.
    const content = body.length === 0 ? [write.paragraph([{ text: say(language, 'agenda.nothingRecorded'), style: 'italic' }])] : body;
    return [write.heading2(`${index + 1}. ${item.title}`), ...content];
  });
  const otherParts = outcomes(language, other);
  const otherBusiness = otherParts.length === 0 ? [] : [write.heading2(say(language, 'agenda.otherBusiness')), ...otherParts];
  if (itemParts.length === 0 && otherBusiness.length === 0) return [];
  return [write.heading1(say(language, 'agenda.heading')), ...itemParts, ...otherBusiness];
};

function contributor(language: Language, entry: MinutesData['feedback'][number]): string {
  return entry.contributor.kind === 'anonymous' || entry.contributor.name === null ? say(language, 'feedback.anonymous') : entry.contributor.name;
}

/** Feedback the meeting answered: what was said (where it may be quoted), by whom, and the committee's answer. */
const feedback: Section = ({ language, feedback: answered }) => {
  if (answered.length === 0) return [];
  const write = wordParagraphs(language);
  const entry = (item: MinutesData['feedback'][number]) => {
    const words: WordText = item.text === null ? [{ text: say(language, 'feedback.notQuotable'), style: 'italic' }] : documentText(language, 'minutes.decision.quoted', { words: item.text.trim() });
    const followUps = item.followUps.map((link) => say(language, `feedback.${link.kind}`, { label: link.label }));
    return [
      write.paragraph(words),
      write.paragraph([{ text: say(language, 'feedback.given', { date: documentFormat.date(language, item.givenOn), who: contributor(language, item) }), style: 'italic' }]),
      ...(item.tags.length === 0 ? [] : [write.labelled(say(language, 'feedback.topics'), item.tags.join(', '))]),
      write.labelled(say(language, 'feedback.answerLabel'), documentText(language, `report.voice.status.${item.status}`)),
      ...splitParagraphs(item.response).map((part) => write.paragraph(part)),
      ...(item.status === 'not_taken_up' && item.reason.trim() !== '' ? [write.paragraph(say(language, 'feedback.reason', { reason: item.reason.trim() }))] : []),
      ...(followUps.length === 0 ? [] : [write.paragraph(say(language, 'feedback.followUps', { list: new Intl.ListFormat(localeTag(language), { type: 'conjunction' }).format(followUps) }))]),
    ];
  };
  return [write.heading1(say(language, 'feedback.heading')), ...answered.flatMap(entry)];
};

/**
 * The minutes of one meeting as a Word document in the committee's language, for the committee to approve and
 * send on. Sections with nothing in them are left out rather than shown empty.
 */
export async function buildMinutesDocx(data: MinutesData): Promise<Uint8Array> {
  const { language } = data;
  const title = say(language, 'title', { committee: data.committee.name, date: documentFormat.date(language, data.meeting.heldOn) });
  const children = [wordParagraphs(language).title(title), ...[approval, details, attendance, earlierActions, agenda, feedback].flatMap((section) => section(data))];
  return wordDocument({ language, title, subject: data.committee.name, footerText: title, children });
}
