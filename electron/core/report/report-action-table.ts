import type { Table } from 'docx';
import type { WordRun, WordText } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import type { ReportAction } from './report-data';

/** An action's status on the report's day; overdue is written out, not only coloured, so it survives black-and-white print. */
function actionStatus(context: ReportContext, action: ReportAction): WordText {
  const { words } = context;
  const status = words.shared(`statuses.${action.status}`);
  if (action.overdue) return [{ text: status }, { text: ` (${words.say('actions.overdue')})`, style: 'bold' }];
  if (action.completedOn !== null) return words.say('actions.doneOn', { status, date: words.date(action.completedOn) });
  return status;
}

function actionCell(context: ReportContext, action: ReportAction): WordText {
  const { words, names } = context;
  const serves = [
    ...(action.decisionLabel === null ? [] : [words.say('actions.decision', { label: action.decisionLabel })]),
    ...(action.barrierName === null ? [] : [words.say('actions.barrier', { name: names.barrierByName(action.barrierName) })]),
  ];
  const notes = [
    ...(serves.length === 0 ? [] : [words.say('actions.serves', { list: serves.join('; ') })]),
    ...(action.agreedInPeriod || action.meetingDate === null ? [] : [words.say('actions.carried', { date: words.date(action.meetingDate) })]),
  ];
  const note: WordRun[] = notes.length === 0 ? [] : [{ text: `\n${notes.join('; ')}`, style: 'italic' }];
  return [{ text: action.title }, ...note];
}

/** Actions with what they serve, owner, due date and status on the report's day. */
export function reportActionTable(context: ReportContext, actions: readonly ReportAction[]): Table {
  const { words, names } = context;
  const rows = actions.map((action) => [actionCell(context, action), names.person(action.ownerName), words.date(action.dueDate), actionStatus(context, action)]);
  return context.table(['actions.title', 'actions.owner', 'actions.due', 'actions.status'], rows);
}
