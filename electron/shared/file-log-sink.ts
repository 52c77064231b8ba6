import type { LogSink } from '../core/log/app-log';

/** What electron-log's main-process and Node.js loggers have in common, as far as the sink uses it. */
type FileLogger = { info: (text: string) => void; warn: (text: string) => void; error: (text: string) => void };

/**
 * The workbench's log lines into electron-log's rotating file (1 MB, then the previous file is kept as
 * *.old.log), warnings and errors also on the terminal as one line: where an error happened goes only to
 * the file, for whoever looks into it.
 */
export function fileLogSink(file: FileLogger): LogSink {
  return {
    info: (line) => file.info(line),
    warn: (line) => {
      file.warn(line);
      console.warn(line);
    },
    error: (line, trace) => {
      file.error(trace === '' ? line : `${line} at="${trace}"`);
      console.error(line);
    },
  };
}
