import { UserError } from '../../electron/core/api/user-error';

/** The UserError an action refuses with; any other error is rethrown, and an action that refuses nothing fails the test. */
export function userErrorOf(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

/** The same for an action that resolves or rejects later. */
export async function userErrorOfAsync(action: () => Promise<unknown>): Promise<UserError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}
