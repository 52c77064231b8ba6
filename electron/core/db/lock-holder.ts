/**
 * Who writes to a database file, as the front door names itself: the desktop app, the browser mode, or a
 * command of the CLI ('workbench' when a caller did not say, as in tests). A second program that would
 * write is told this, in words, and since when.
 */
export type LockHolder = { program: 'desktop' | 'browser' | 'cli' | 'workbench'; command?: string };
