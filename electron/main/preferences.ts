import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const preferencesSchema = z.object({ databasePath: z.string().optional() });

export type Preferences = z.infer<typeof preferencesSchema>;

/** The desktop app's own settings (which database to open), kept beside the database in user data. */
export const preferences = {
  read(userDataDir: string): Preferences {
    const file = join(userDataDir, 'preferences.json');
    if (!existsSync(file)) return {};
    const parsed = preferencesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  },

  write(userDataDir: string, next: Preferences): void {
    const file = join(userDataDir, 'preferences.json');
    // Written aside and renamed, so a crash never leaves half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(next, null, 2));
    renameSync(`${file}.tmp`, file);
  },
};
