import type { Table } from 'docx';
import { documentFormat } from '../documents/document-format';
import { documentText } from '../documents/document-text';
import type { WordRun, WordText } from '../documents/word-runs';
import { wordTable } from '../documents/word-table';
import type { Language } from '../domain/languages';
import type { MinutesAction, MinutesActionReview } from './minutes-data';

function say(language: Language, key: string, params?: Record<string, string>): string {
  return documentText(language, `minutes.action.${key}`, params);
}

function shared(language: Language, action: MinutesAction): WordText[] {
  const serves: WordRun[] = action.serves.trim() === '' ? [] : [{ text: `\n${say(language, 'serves', { name: action.serves.trim() })}`, style: 'italic' }];
  return [
    [{ text: action.title }, ...serves],
    action.owner.trim() === '' ? [{ text: say(language, 'noOwner'), style: 'italic' }] : action.owner,
    action.dueDate.trim() === '' ? [{ text: say(language, 'noDueDate'), style: 'italic' }] : documentFormat.date(language, action.dueDate),
  ];
}

/** The status the meeting recorded; overdue is written out, not only coloured, so it survives black-and-white print. */
function status(language: Language, action: MinutesActionReview): WordText {
  const overdue: WordRun[] = action.overdue ? [{ text: ` (${say(language, 'overdue')})`, style: 'bold' }] : [];
  const reason: WordRun[] = action.status === 'dropped' && action.dropReason.trim() !== '' ? [{ text: `\n${say(language, 'dropReason', { reason: action.dropReason.trim() })}` }] : [];
  return [{ text: documentText(language, `statuses.${action.status}`) }, ...overdue, ...reason];
}

const header = (language: Language, key: string) => documentText(language, key);

/** Tables of the actions a meeting agreed, and of earlier actions with what the meeting recorded about each. */
export const minutesDocxActions = {
  created(language: Language, actions: readonly MinutesAction[]): Table {
    const columns = [header(language, 'minutes.action.title'), header(language, 'minutes.action.owner'), header(language, 'minutes.action.due')].map((text) => ({ header: text }));
    return wordTable(language, columns, actions.map((action) => shared(language, action)));
  },
  reviewed(language: Language, actions: readonly MinutesActionReview[]): Table {
    const noNote: WordText = [{ text: documentText(language, 'minutes.earlierActions.noNote'), style: 'italic' }];
    const columns = ['minutes.action.title', 'minutes.action.owner', 'minutes.action.due', 'minutes.action.status', 'minutes.earlierActions.note'].map((key) => ({ header: header(language, key) }));
    return wordTable(
      language,
      columns,
      actions.map((action) => [...shared(language, action), status(language, action), action.note.trim() === '' ? noNote : action.note]),
    );
  },
};
