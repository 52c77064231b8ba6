import { UserError } from '../api/user-error';

/** Counted in characters as SQLite counts them, so an emoji is one character here as in the CHECK. */
export function checkTextLength(value: string, max: number, field: string): void {
  const length = Array.from(value).length;
  if (length > max) throw new UserError('feedback_text_too_long', { length, max }, field);
}
