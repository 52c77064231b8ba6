import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { wordRuns } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import { reportCoverage } from './report-coverage';
import { reportPeriodLabel } from './report-period-label';
import { reportTitle } from './report-title';

function members(context: ReportContext): FileChild[] {
  const { data, options, words, write } = context;
  const shown = data.members.filter((member) => options.showUserRepNames || !member.isServiceUserRep);
  const hidden = data.members.length - shown.length;
  const label = new Paragraph({ keepNext: true, spacing: { before: 240 }, children: wordRuns(words.language, [{ text: words.say('cover.members'), style: 'bold' }]) });
  if (data.members.length === 0) return [label, context.none('cover.noMembers')];
  // Each role in the form its holder chose (chairwoman, chairman, or neutral wording).
  const rows = shown.map((member) => [member.name, words.shared(`roles.${member.role}.${member.addressForm}`), member.organisation]);
  return [
    label,
    ...(rows.length === 0 ? [] : [context.table(['cover.name', 'cover.role', 'cover.organisation'], rows)]),
    ...(hidden === 0 ? [] : [(rows.length === 0 ? write.paragraph : write.afterTable)(words.count('cover.userRepsCount', hidden))]),
  ];
}

/**
 * The first page: what the report is, whose, for which period and which quarters its figures cover, the day
 * it describes and the day it was made, and who sat on the committee. Service-user representatives who are
 * not to be named appear only as a number.
 */
export function reportCover(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const label = (key: string) => `${words.say(key)}:`;
  const period = reportPeriodLabel(words, data.period.from, data.period.to);
  const committee = data.committee;
  return [
    write.title(reportTitle(context)),
    write.paragraph([{ text: words.say('cover.purpose'), style: 'italic' }]),
    ...(committee === null ? [] : [write.labelled(label('cover.committee'), committee.name), write.labelled(label('cover.region'), committee.region)]),
    write.labelled(label('cover.period'), period.halfYear === null ? period.text : words.say('cover.halfYear', { months: period.text, half: period.halfYear })),
    write.labelled(label('cover.figures'), data.period.quarters.length === 0 ? words.say('cover.noQuarters') : reportCoverage(words, data.outcomes.coverage)),
    write.labelled(label('cover.asOf'), words.say('cover.asOfValue', { date: words.date(data.period.asOf) })),
    write.labelled(label('cover.date'), words.date(data.period.today)),
    ...members(context),
  ];
}
