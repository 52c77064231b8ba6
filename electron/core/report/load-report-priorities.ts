import type Database from 'better-sqlite3';
import { voteRounds } from '../barriers/vote-rounds';
import { rowFields, text } from '../db/row-fields';
import type { ReportPeriod, ReportVoteRound } from './report-data';

/**
 * The dot-vote rounds the committee held in the period and closed, items by dots. The round's date is
 * when the committee voted; it may be closed in the app a few days later, when the minutes are typed up.
 */
export function loadReportPriorities(db: Database.Database, period: ReportPeriod): ReportVoteRound[] {
  const barrierNames = new Map(
    db.prepare('SELECT id, name FROM barrier').all().map((row) => {
      const fields = rowFields(row);
      return [text(fields.get('id')), text(fields.get('name'))];
    }),
  );
  return voteRounds
    .list(db)
    .filter((round) => round.status === 'closed' && round.heldOn >= period.from && round.heldOn <= period.to)
    .reverse()
    .map((summary) => {
      const round = voteRounds.get(db, summary.id, null);
      const items = round.items
        .filter((item) => item.clusterId === null)
        .map((item) => ({
          rank: item.rank ?? 0,
          label: item.barrierId === null ? (item.idea ?? '') : (barrierNames.get(item.barrierId) ?? item.idea ?? ''),
          barrierId: item.barrierId,
          dots: item.total ?? 0,
          userRepDots: item.userRepTotal,
        }))
        .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
      return { id: round.id, title: round.title, heldOn: round.heldOn, items };
    });
}
