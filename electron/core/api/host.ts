/**
 * What the user picks a file for. The page names only the purpose, never a path: the path comes from the
 * host's own dialog and stays in the process that opens the file.
 */
export type FilePurpose = 'open' | 'create' | 'backup' | 'restore';

/** What differs between the front doors: the desktop app has system dialogs, the browser does not. */
export type Host = {
  kind: 'desktop' | 'web';
  /**
   * Asks the user for a file in the system's dialog: an existing one to open or restore from ('open',
   * 'restore'), or a new one to write ('create', 'backup'). Null when they cancel; undefined when the
   * front door has no dialog.
   */
  pickDatabasePath?: (purpose: FilePurpose) => Promise<string | null>;
  /** Called after the user switched files, so that the desktop app reopens the same file next time. */
  databaseChanged?: (path: string) => void;
  /** The folder of the program's log, to tell a coordinator where it is (Settings, the recovery screen). */
  logFolder?: string;
  /** The invite link the system started the desktop app with, handed over once; the browser mode has none. */
  takeInviteLink?: () => string | null;
  /** Ends the program; the browser mode has no such thing (the tab is simply closed). */
  quit?: () => void;
};
