import type { Table } from 'docx';
import { documentFormat } from '../documents/document-format';
import { documentText } from '../documents/document-text';
import type { WordRun, WordText } from '../documents/word-runs';
import { wordTable } from '../documents/word-table';
import type { Language } from '../domain/languages';
import type { MinutesAction, MinutesActionReview } from './minutes-data';

function actionCells(language: Language, action: MinutesAction): WordText[] {
  const text = (key: string, params?: Record<string, string>) => documentText(language, `minutes.action.${key}`, params);
  const serves: WordRun[] = action.serves.trim() === '' ? [] : [{ text: `\n${text('serves', { name: action.serves.trim() })}`, style: 'italic' }];
  // Overdue is written out, not only coloured, so it survives printing in black and white and screen readers.
  const overdue: WordRun[] = action.overdue ? [{ text: ` (${text('overdue')})`, style: 'bold' }] : [];
  const reason: WordRun[] = action.status === 'dropped' && action.dropReason.trim() !== '' ? [{ text: `\n${text('dropReason', { reason: action.dropReason.trim() })}` }] : [];
  return [
    [{ text: action.title }, ...serves],
    action.owner.trim() === '' ? [{ text: text('noOwner'), style: 'italic' }] : action.owner,
    action.dueDate.trim() === '' ? [{ text: text('noDueDate'), style: 'italic' }] : documentFormat.date(language, action.dueDate),
    [{ text: documentText(language, `statuses.${action.status}`) }, ...overdue, ...reason],
  ];
}

function columns(language: Language, withNote: boolean) {
  const header = (key: string) => documentText(language, key);
  const shared = [
    { header: header('minutes.action.title'), weight: withNote ? 25 : 40 },
    { header: header('minutes.action.owner'), weight: withNote ? 17 : 20 },
    { header: header('minutes.action.due'), weight: withNote ? 17 : 18 },
    { header: header('minutes.action.status'), weight: withNote ? 16 : 22 },
  ];
  return withNote ? [...shared, { header: header('minutes.earlierActions.note'), weight: 25 }] : shared;
}

/** Tables of the actions a meeting set, and of earlier actions with what the meeting heard about each. */
export const minutesDocxActions = {
  created(language: Language, actions: readonly MinutesAction[]): Table {
    return wordTable(language, columns(language, false), actions.map((action) => actionCells(language, action)));
  },
  reviewed(language: Language, actions: readonly MinutesActionReview[]): Table {
    const noNote: WordText = [{ text: documentText(language, 'minutes.earlierActions.noNote'), style: 'italic' }];
    return wordTable(
      language,
      columns(language, true),
      actions.map((action) => [...actionCells(language, action), action.note.trim() === '' ? noNote : action.note]),
    );
  },
};
