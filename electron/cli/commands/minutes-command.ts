import { resolve } from 'node:path';
import { assertWritableLocation } from '../../core/db/assert-writable-location';
import { buildMinutesDocx } from '../../core/meetings/build-minutes-docx';
import { listMeetings } from '../../core/meetings/list-meetings';
import { loadMinutesData } from '../../core/meetings/load-minutes-data';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabaseAsync } from '../with-database';
import { writeFileAtomically } from '../write-file-atomically';

const usage = 'Usage: npm run cli -- minutes <db> --meeting <id|YYYY-MM-DD> --out <file.docx>';

/** The minutes of one meeting as a Word document, the same file the app exports. */
export async function minutesCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { meeting: { type: 'string' }, out: { type: 'string' } }, ['<db>'], usage);
  if (values.meeting === undefined || values.out === undefined) throw new CliFailure(`--meeting and --out are required.\n${usage}`, 2);
  const out = resolve(values.out);
  if (!out.toLowerCase().endsWith('.docx')) throw new CliFailure(`The output file must end in .docx.\n${usage}`, 2);
  assertWritableLocation(out);
  const wanted = values.meeting;
  return withDatabaseAsync(positionals[0] ?? '', { command: 'minutes', writes: false }, async (db) => {
    const meetings = listMeetings(db);
    const matches = meetings.filter((meeting) => meeting.id === wanted || meeting.heldOn === wanted);
    if (matches.length === 0) {
      const known = meetings.map((meeting) => meeting.heldOn).join(', ');
      throw new CliFailure(`No meeting with the id or date "${wanted}". Meetings in this file: ${known === '' ? 'none' : known}.`, 1);
    }
    const [meeting] = matches;
    if (meeting === undefined || matches.length > 1) throw new CliFailure(`Several meetings were held on ${wanted}; give the meeting's id instead: ${matches.map((match) => match.id).join(', ')}.`, 1);
    const bytes = await buildMinutesDocx(loadMinutesData(db, meeting.id));
    writeFileAtomically(out, bytes);
    return `Wrote the minutes of the meeting of ${meeting.heldOn} to ${out}.`;
  });
}
