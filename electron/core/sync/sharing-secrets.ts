import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { z } from 'zod';

const secretsSchema = z.strictObject({
  /** The committee's Ed25519 signing key (PKCS#8 PEM): only on a coordinator's device. */
  committeeKey: z.string().nullable(),
  /** This device's invite, which the server checks on every connection. */
  token: z.string(),
  /** The drop box's credential, which names no member and no device (none for an observer). */
  dropBoxToken: z.string().nullable(),
});

export type SharingSecrets = z.infer<typeof secretsSchema>;

/**
 * What lets this device act for the committee, kept in a file of its own beside the database
 * (`<file>.sharing-key`, readable by its owner only), so that backups, restores and exports of the
 * database never carry it, and a copy of the database given to someone does not let them sync as you.
 */
export const sharingSecrets = {
  path: (databasePath: string): string => `${databasePath}.sharing-key`,

  read(databasePath: string): SharingSecrets | null {
    const path = sharingSecrets.path(databasePath);
    if (!existsSync(path)) return null;
    try {
      const parsed = secretsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      // A damaged key file is a missing one: the device is told to join again (sync_key_missing).
      return null;
    }
  },

  write(databasePath: string, secrets: SharingSecrets): void {
    const path = sharingSecrets.path(databasePath);
    const partial = `${path}.partial`;
    const fd = openSync(partial, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(secretsSchema.parse(secrets)));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(partial, 0o600);
    renameSync(partial, path);
  },

  remove(databasePath: string): void {
    rmSync(sharingSecrets.path(databasePath), { force: true });
  },
};
