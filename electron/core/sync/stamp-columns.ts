/** Who and when a row was last changed: kept in each part of a row, and read from the part changed last. */
export const stampColumns: readonly string[] = ['updated_at', 'updated_by'];
