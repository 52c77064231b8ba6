import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { wordRuns } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import { reportPeriodLabel } from './report-period-label';
import { reportTitle } from './report-title';

function members(context: ReportContext): FileChild[] {
  const { data, options, words, write } = context;
  const shown = data.members.filter((member) => options.showUserRepNames || !member.isServiceUserRep);
  const hidden = data.members.length - shown.length;
  const label = new Paragraph({ keepNext: true, spacing: { before: 240 }, children: wordRuns(words.language, [{ text: words.say('cover.members'), style: 'bold' }]) });
  if (data.members.length === 0) return [label, context.none('cover.noMembers')];
  const rows = shown.map((member) => [member.name, words.shared(`roles.${member.role}`), member.organisation]);
  return [
    label,
    ...(rows.length === 0 ? [] : [context.table([['cover.name', 32], ['cover.role', 30], ['cover.organisation', 38]], rows)]),
    ...(hidden === 0 ? [] : [(rows.length === 0 ? write.paragraph : write.afterTable)(words.count('cover.userRepsCount', hidden))]),
  ];
}

/**
 * The first page: what the report is, whose, for which period and when it was written, and who sat on the
 * committee. Service-user representatives who are not to be named appear only as a number.
 */
export function reportCover(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const label = (key: string) => `${words.say(key)}:`;
  const period = reportPeriodLabel(words, data.period.from, data.period.to);
  const quarters = data.period.quarters.map((quarter) => words.quarter(quarter, 'long'));
  const committee = data.committee;
  return [
    write.title(reportTitle(context)),
    write.paragraph([{ text: words.say('cover.purpose'), style: 'italic' }]),
    ...(committee === null ? [] : [write.labelled(label('cover.committee'), committee.name), write.labelled(label('cover.region'), committee.region)]),
    write.labelled(label('cover.period'), period.halfYear === null ? period.text : words.say('cover.halfYear', { months: period.text, half: period.halfYear })),
    write.labelled(label('cover.quarters'), quarters.length === 0 ? words.say('cover.noQuarters') : quarters.join(', ')),
    write.labelled(label('cover.date'), words.date(data.period.today)),
    ...members(context),
  ];
}
