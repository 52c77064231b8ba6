/**
 * Files imported together are one import: they share an import group, and "Undo" takes the whole group
 * back at once. Earlier imports become groups of one file each.
 */
export const importGroupsMigration = `
ALTER TABLE import_batch ADD COLUMN import_group TEXT NOT NULL DEFAULT '';
UPDATE import_batch SET import_group = id;
CREATE INDEX import_batch_group ON import_batch (import_group);
`;
