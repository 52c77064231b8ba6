import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes beside the target and renames into place, so a reader (or a crash) never meets a half-written
 * document under the name the user asked for.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array | string): void {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
