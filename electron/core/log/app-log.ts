/**
 * Where log lines go: the console until a front door connects its rotating file (electron-log). An error
 * comes with where it happened (`trace`), for the file: the terminal is read by people, for whom a stack
 * says nothing.
 */
export type LogSink = { info: (line: string) => void; warn: (line: string) => void; error: (line: string, trace: string) => void };

/** What a log line may carry: codes, counts and flags, never a name, a path or a committee's words. */
export type LogFields = Record<string, string | number | boolean | null>;

const consoleSink: LogSink = { info: (line) => console.log(line), warn: (line) => console.warn(line), error: (line) => console.error(line) };
let sink: LogSink = consoleSink;

function line(event: string, fields: LogFields): string {
  const parts = Object.entries(fields).map(([name, value]) => `${name}=${typeof value === 'string' ? JSON.stringify(value.slice(0, 200)) : String(value)}`);
  return [event, ...parts].join(' ');
}

/**
 * An unexpected error, as far as it helps whoever looks into it: its kind and its first line. A library's
 * message names constraints and columns, not the values that broke them.
 */
function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  return { error: error.name, message: error.message.split('\n')[0] ?? '' };
}

/** Where an error happened: the first frames of its stack, on one line. */
function traceOf(error: unknown): string {
  if (!(error instanceof Error)) return '';
  return (error.stack ?? '').split('\n').filter((text) => text.trimStart().startsWith('at ')).slice(0, 6).map((text) => text.trim()).join(' < ');
}

/**
 * The workbench's log, one line per event: the desktop app and the browser mode connect it to a rotating
 * file in the app's data folder (electron/main/desktop-log.ts, electron/web/web-log.ts). Callers name the
 * event and pass only fields that say nothing about a person: the log is something a coordinator can send.
 */
export const appLog = {
  connect(next: LogSink): void {
    sink = next;
  },
  info(event: string, fields: LogFields = {}): void {
    sink.info(line(event, fields));
  },
  warn(event: string, fields: LogFields = {}): void {
    sink.warn(line(event, fields));
  },
  failed(event: string, error: unknown, fields: LogFields = {}): void {
    sink.error(line(event, { ...fields, ...errorFields(error) }), traceOf(error));
  },
};
