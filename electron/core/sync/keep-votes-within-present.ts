import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readCommittee } from '../committee/read-committee';
import { rowFields, text } from '../db/row-fields';
import { nowIso } from '../domain/now-iso';
import { valueAt } from '../locales/by-language';
import { localeContent } from '../locales/locale-content';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * "Votes never exceed those present", after a merge: a vote counted on one device while another device
 * changed who attended can leave a decision with more votes than members present. A counted vote is the
 * firmer fact (those who voted were in the room; a list of who came is written and corrected afterwards),
 * so the list gives way, alike on every device:
 * 1. members of the meeting marked with apologies count as present, the row made last first (then by id),
 *    until the votes fit; each such change is recorded as a merge conflict, so the coordinator sees it
 *    under Settings → Sharing and can correct the list;
 * 2. if the list names too few people even then, unnamed attendees are added as present (named so in the
 *    committee's language, with ids drawn from the decision, so every device adds the same rows, however
 *    the changes reached it).
 */
export function keepVotesWithinPresent(db: Database.Database): void {
  const over = db
    .prepare(
      `SELECT d.id, d.meeting_id, d.votes_for + d.votes_against + d.votes_abstain AS votes,
              (SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = d.meeting_id AND a.presence = 'present') AS present
         FROM decision d
        WHERE d.method = 'vote'
          AND d.votes_for + d.votes_against + d.votes_abstain > (SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = d.meeting_id AND a.presence = 'present')
        ORDER BY d.meeting_id, votes DESC, d.id`,
    )
    .all()
    .map((row) => rowFields(row));
  const settled = new Set<string>();
  for (const decision of over) {
    const meetingId = text(decision.get('meeting_id'));
    // The largest vote of a meeting comes first: once it fits, the meeting's others fit too.
    if (settled.has(meetingId)) continue;
    settled.add(meetingId);
    const present = Number(decision.get('present'));
    let missing = Number(decision.get('votes')) - present;
    const absent = db.prepare("SELECT id FROM meeting_attendee WHERE meeting_id = ? AND presence = 'apologies' ORDER BY created_at DESC, id").pluck().all(meetingId).map(String);
    for (const id of absent.slice(0, missing)) {
      db.prepare("UPDATE meeting_attendee SET presence = 'present' WHERE id = ?").run(id);
      db.prepare('INSERT OR IGNORE INTO merge_conflict (id, table_name, record_key, field, kept, replaced, noticed_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        digest(`votes-present|${id}`),
        'meeting_attendee',
        JSON.stringify([id]),
        'presence',
        'present',
        'apologies',
        nowIso(),
      );
      missing -= 1;
    }
    if (missing <= 0) continue;
    const language = readCommittee(db)?.language ?? 'en';
    const name = String(valueAt(localeContent[language].documents, ['minutes', 'unnamedAttendee']));
    const decisionId = text(decision.get('id'));
    // The next ids of the decision's series not taken yet (an earlier merge may have added some already).
    const add = db.prepare("INSERT OR IGNORE INTO meeting_attendee (id, meeting_id, member_id, guest_name, role, organisation, presence, created_at, created_by) VALUES (?, ?, NULL, ?, 'guest', '', 'present', ?, NULL)");
    for (let index = 0; missing > 0 && index < 10_000; index += 1) missing -= add.run(digest(`votes-present|${decisionId}|${String(index)}`), meetingId, name, nowIso()).changes;
  }
}
