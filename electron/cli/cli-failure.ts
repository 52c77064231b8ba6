/** Ends a command with the CLI's exit codes: 1 for a problem with the user's data, 2 for wrong usage. */
export class CliFailure extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = exitCode;
  }
}
