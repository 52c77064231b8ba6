import type { Table } from 'docx';
import type { WordText } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import type { ReportAction } from './report-data';

/** An action's status in words; overdue is written out, not only coloured, so it survives black-and-white print. */
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
  return [{ text: action.title }, ...(serves.length === 0 ? [] : [{ text: `\n${words.say('actions.serves', { list: serves.join('; ') })}`, style: 'italic' } as const])];
}

/** Actions with what they serve, owner, due date and status as of the report's date. */
export function reportActionTable(context: ReportContext, actions: readonly ReportAction[]): Table {
  const { words, names } = context;
  const rows = actions.map((action) => [actionCell(context, action), names.person(action.ownerName), words.date(action.dueDate), actionStatus(context, action)]);
  return context.table([['actions.title', 42], ['actions.owner', 20], ['actions.due', 18], ['actions.status', 20]], rows);
}
