import { languages } from '../core/domain/languages';
import { UserError } from '../core/api/user-error';
import { storageFailure } from '../core/db/storage-failure';
import { CliFailure } from './cli-failure';
import { errorMessage } from './error-message';
import { checkCommand } from './commands/check-command';
import { demoCommand } from './commands/demo-command';
import { exportCommand } from './commands/export-command';
import { initCommand } from './commands/init-command';
import { figuresCommand } from './commands/figures-command';
import { importCommand } from './commands/import-command';
import { templateCommand } from './commands/template-command';
import { backupCommand } from './commands/backup-command';
import { restoreCommand } from './commands/restore-command';
import { minutesCommand } from './commands/minutes-command';
import { reportCommand } from './commands/report-command';
import { shareCommand } from './commands/share-command';
import { inviteCommand } from './commands/invite-command';
import { joinCommand } from './commands/join-command';
import { syncCommand } from './commands/sync-command';
import { devicesCommand } from './commands/devices-command';
import { revokeCommand } from './commands/revoke-command';

const commands: Record<string, (args: string[]) => string | Promise<string>> = {
  init: initCommand,
  demo: demoCommand,
  check: checkCommand,
  export: exportCommand,
  template: templateCommand,
  import: importCommand,
  figures: figuresCommand,
  backup: backupCommand,
  restore: restoreCommand,
  minutes: minutesCommand,
  report: reportCommand,
  share: shareCommand,
  invite: inviteCommand,
  join: joinCommand,
  sync: syncCommand,
  devices: devicesCommand,
  revoke: revokeCommand,
};

export const cliUsage = `IPS Steering Workbench command line

Usage: npm run cli -- <command> [options]

Commands:
  init <db> --committee "<name>" --region "<name>" [--lang <code>]  create a new committee database
  demo <db> [--lang <code>]                                          create the demo committee (set in that country)
  check <db>                                                         integrity, foreign-key and schema checks
  export <db> --out <file.json>                                      every record of every table as JSON
  template <file.csv|file.xlsx> [--lang <code>] [--targets]          an empty import template
  import <db> <file>... [--dry-run] [--encoding <name>]              import quarterly figures or targets (all or nothing;
                                                                     --encoding utf-8|utf-16le|utf-16be|windows-1250|windows-1252)
  figures <db> --period <2026-H1|2026|2026-Q3>                       totals and rates for a period
  backup <db> --out <file>                                           a checked copy made with SQLite's online backup
  restore <db> --from <file>                                         put a backup in place (the current state is backed up first)
  minutes <db> --meeting <id|YYYY-MM-DD> --out <file.docx>           the minutes of a meeting in Word
  report <db> --period <2026-H1> --out <file.docx> [--lang <code>]   the committee's report (or --from/--to dates;
                                                                     --no-appendix, or --easy-read for the summary)
  share <db> --server <wss://address>                                share the committee through a sync server
  invite <db> --member <id> [--role <role>] [--days <n>]             an invite for a member's device (prints the code)
  join <new-db> --invite <code>                                      join a shared committee on this device
  sync <db>                                                          one exchange with the server (0 when up to date)
  devices <db>                                                       the invited devices and when each was last seen
  revoke <db> --device <id>                                          refuse a device (or an unused invite) from now on

Languages (--lang): ${languages.join(', ')} (English, Czech, Danish, Spanish, French, Croatian).

Exit status: 0 success, 1 a problem with the data or files (the message says what to do), 2 wrong usage.`;

export type CliOutcome = { exitCode: 0 | 1 | 2; stdout: string; stderr: string };

/** Runs one command; never exits the process, so tests call it directly. */
export async function runCli(argv: string[]): Promise<CliOutcome> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    return { exitCode: name === undefined ? 2 : 0, stdout: name === undefined ? '' : cliUsage, stderr: name === undefined ? cliUsage : '' };
  }
  const command = commands[name];
  if (command === undefined) return { exitCode: 2, stdout: '', stderr: `Unknown command "${name}".\n${cliUsage}` };
  try {
    return { exitCode: 0, stdout: await command(args), stderr: '' };
  } catch (caught) {
    const error = storageFailure(caught) ?? caught;
    if (error instanceof CliFailure) return { exitCode: error.exitCode, stdout: '', stderr: error.message };
    if (error instanceof UserError) return { exitCode: 1, stdout: '', stderr: errorMessage(error) };
    throw error;
  }
}
