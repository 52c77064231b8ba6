/** What differs between the front doors: the desktop app has system dialogs, the browser does not. */
export type Host = {
  kind: 'desktop' | 'web';
  /** Asks the user for a file; null when they cancel. Undefined when the front door has no dialog. */
  pickDatabasePath?: (purpose: 'open' | 'create') => Promise<string | null>;
  /** Called after the user switched files, so that the desktop app reopens the same file next time. */
  databaseChanged?: (path: string) => void;
  /** Ends the program; the browser mode has no such thing (the tab is simply closed). */
  quit?: () => void;
};
