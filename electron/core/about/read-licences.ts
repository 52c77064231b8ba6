import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const bundledPackage = z.object({ name: z.string(), version: z.string(), licence: z.string().nullable(), text: z.string().nullable() });

/** One package the app ships, as scripts/licences.mjs lists it: its licence as package.json names it, and its licence file's text. */
export type BundledPackage = z.infer<typeof bundledPackage>;

/**
 * The list the build wrote, or null when there is none: run from source before `node scripts/build.mjs`.
 * The file is checked like any input, so a damaged one is an error for the log, not a wrong list.
 */
export function readLicences(file: string): BundledPackage[] | null {
  if (!existsSync(file)) return null;
  return z.array(bundledPackage).parse(JSON.parse(readFileSync(file, 'utf8')));
}
