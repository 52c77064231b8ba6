/** The committee file's own extension; the .sqlite files of earlier versions open as well. */
export const committeeFileExtension = 'ipscommittee';

const opensAsCommittee = new RegExp(`\\.(${committeeFileExtension}|sqlite)$`, 'i');

/**
 * The committee file a double-click asks for: the system starts the app (or, through the single-instance
 * lock, the running app) with the file's path among its arguments on Windows and Linux. Flags and the
 * app's own path are not files to open.
 */
export function fileToOpen(argv: readonly string[]): string | null {
  return argv.slice(1).find((argument) => !argument.startsWith('-') && opensAsCommittee.test(argument)) ?? null;
}
