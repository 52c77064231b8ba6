/**
 * Fidelity reviews of the IPS services on the IPS-25 scale. A score row without a score (or no row)
 * is an item not rated, which makes the review incomplete: it then gets a total but no band. The
 * register can say which review item a barrier came from.
 */
export const fidelityMigration = `
CREATE TABLE fidelity_review (
  id TEXT PRIMARY KEY NOT NULL,
  service_id TEXT NOT NULL REFERENCES service(id),
  review_date TEXT NOT NULL,
  scale_version TEXT NOT NULL CHECK (scale_version IN ('us2008', 'us_manual', 'uk', 'ips_y')),
  reviewer_kind TEXT NOT NULL CHECK (reviewer_kind IN ('internal', 'external', 'peer')),
  reviewers TEXT NOT NULL DEFAULT '',
  recommendations TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  UNIQUE (service_id, review_date)
) STRICT;

CREATE TABLE fidelity_score (
  review_id TEXT NOT NULL REFERENCES fidelity_review(id),
  item_id TEXT NOT NULL,
  score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, item_id)
) STRICT;

ALTER TABLE barrier ADD COLUMN fidelity_review_id TEXT REFERENCES fidelity_review(id);
ALTER TABLE barrier ADD COLUMN fidelity_item TEXT;
`;
