/**
 * Audited tables whose rows the trail's list leaves out, each with the reason: they keep a second copy of
 * a change the list already tells from the record itself.
 */
export const leftOutTables: Readonly<Record<string, string>> = {
  figure_change: "each figure's change is told by the quarterly figures themselves; this is its provenance, shown where the figure is edited",
  vote_cast: "that a member has cast is told by their votes in the round's history (shown once the round shows its votes)",
  import_replaced_row: 'the values an import replaced, kept for undoing it: the replaced figures tell the same change',
};
