import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { assessmentsOf, listRegister } from './list-register';
import { mitigations, type Mitigation } from './mitigations';
import type { Assessment, RegisterEntry } from './register-entry';
import { voteRounds } from './vote-rounds';

export type BarrierDetails = {
  entry: RegisterEntry;
  assessments: Assessment[];
  mitigations: Mitigation[];
  votes: { roundId: string; title: string; heldOn: string; total: number | null; rank: number | null }[];
};

/** Everything a barrier's page shows: the entry, its reviews, its mitigations and the votes it took part in. */
export function barrierDetails(db: Database.Database, id: string): BarrierDetails {
  const entry = listRegister(db, { includeArchived: true, id })[0];
  if (entry === undefined) throw new UserError('barrier_not_found', {}, 'id');
  const votes = db
    .prepare('SELECT i.round_id FROM vote_item i WHERE i.barrier_id = ?')
    .pluck()
    .all(id)
    .map((roundId) => {
      const round = voteRounds.get(db, String(roundId), null);
      const item = round.items.find((candidate) => candidate.barrierId === id);
      return { roundId: round.id, title: round.title, heldOn: round.heldOn, total: item?.total ?? null, rank: item?.rank ?? null };
    });
  return { entry, assessments: assessmentsOf(db, id), mitigations: mitigations.list(db, id), votes };
}
