import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const bounds = z.object({ x: z.number(), y: z.number(), width: z.number().min(100), height: z.number().min(100) });

const preferencesSchema = z.object({
  databasePath: z.string().optional(),
  /** File → Open recent, newest first. */
  recent: z.array(z.string()).max(20).default([]),
  /** Where the window was when it was last closed, and whether it filled the screen. */
  window: z.object({ bounds, maximized: z.boolean() }).optional(),
});

export type Preferences = z.infer<typeof preferencesSchema>;

/** The desktop app's own settings (which database to open, the recent files, the window's place), kept in user data. */
export const preferences = {
  read(userDataDir: string): Preferences {
    const file = join(userDataDir, 'preferences.json');
    if (!existsSync(file)) return { recent: [] };
    // A file that is not JSON (written by hand, cut short) counts as no preferences, not as a crash.
    let stored: unknown = {};
    try {
      stored = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      stored = {};
    }
    const parsed = preferencesSchema.safeParse(stored);
    return parsed.success ? parsed.data : { recent: [] };
  },

  write(userDataDir: string, next: Preferences): void {
    const file = join(userDataDir, 'preferences.json');
    // Written aside and renamed, so a crash never leaves half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(next, null, 2));
    renameSync(`${file}.tmp`, file);
  },
};
