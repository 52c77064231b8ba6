/**
 * Dot votes cast on members' own devices: each member's dots are in a ballot document of their own, which
 * nobody else's device receives while a round that hides its votes is open. What every device may know
 * meanwhile is that a member has cast: this table, one row per member and round, with no dots in it.
 */
export const ballotsCastMigration = `
CREATE TABLE vote_cast (
  round_id TEXT NOT NULL REFERENCES vote_round(id),
  member_id TEXT NOT NULL REFERENCES member(id),
  cast_at TEXT NOT NULL,
  PRIMARY KEY (round_id, member_id)
) STRICT;
INSERT INTO vote_cast (round_id, member_id, cast_at) SELECT round_id, member_id, max(cast_at) FROM vote_dot GROUP BY round_id, member_id;
`;
