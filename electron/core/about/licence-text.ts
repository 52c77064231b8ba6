import { UserError } from '../api/user-error';
import { readLicences } from './read-licences';

/**
 * The text of a bundled package's licence file, or null when the package came without one. A package that
 * is not on the list is refused: the page may only ask about what getAbout listed.
 */
export function licenceText(file: string, wanted: { name: string; version: string }): string | null {
  const found = readLicences(file)?.find((entry) => entry.name === wanted.name && entry.version === wanted.version);
  if (found === undefined) throw new UserError('licence_unknown', { name: wanted.name, version: wanted.version });
  return found.text;
}
