/**
 * A problem the user can fix. `code` names a message under `errors.` in the locale files, so the
 * desktop app, the browser and the CLI all say the same thing in the user's language.
 */
export class UserError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly field: string | undefined;

  constructor(code: string, params: Record<string, string | number> = {}, field?: string) {
    super(code);
    this.name = 'UserError';
    this.code = code;
    this.params = params;
    this.field = field;
  }
}
