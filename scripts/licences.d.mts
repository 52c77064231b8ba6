// Types for licences.mjs, which the unit tests import (tsconfig does not read JavaScript).
export interface LicenceEntry {
  name: string;
  version: string;
  /** The package.json "license" field; null when the package names none. */
  licence: string | null;
  /** The LICENSE, LICENCE or COPYING file of the package's folder; null when it has none. */
  text: string | null;
}
export declare const licences: {
  collect(root: string): LicenceEntry[];
  write(root: string, outFile: string): LicenceEntry[];
};
