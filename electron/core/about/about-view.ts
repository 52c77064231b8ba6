import { bugs, version } from '../../../package.json';
import { readLicences } from './read-licences';

/** A bundled package in the list, without its licence text, which is asked for one at a time (getLicenceText). */
export type PackageLicence = { name: string; version: string; licence: string | null };

export type AboutView = {
  /** The workbench's version, from package.json (the desktop app's version is the same). */
  version: string;
  licences: PackageLicence[];
  /** False when the list has not been made, as when the browser mode runs from source before a build; the list is empty then. */
  licencesBuilt: boolean;
  /** Where to report a problem: the issue tracker named in package.json. */
  reportProblemUrl: string;
};

/** What the About view shows; read from the list on each call, since the view is rarely opened and the build may have renewed it. */
export function aboutView(file: string): AboutView {
  const listed = readLicences(file);
  return {
    version,
    licences: (listed ?? []).map((entry) => ({ name: entry.name, version: entry.version, licence: entry.licence })),
    licencesBuilt: listed !== null,
    reportProblemUrl: bugs.url,
  };
}
