/**
 * How much of a workbook the importer takes, checked before the workbook is unpacked or parsed, so a
 * hostile file is refused in moments instead of taking the machine's memory. A committee's quarterly
 * workbook is a few hundred kilobytes unpacked, with a dozen columns and at most a few thousand rows;
 * these limits are far above that and far below what exhausts a laptop.
 */
export const workbookLimits = {
  /** All parts of the workbook together, unpacked. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** Parts in the ZIP container: a workbook has a dozen, plus two or three per sheet. */
  maxParts: 1000,
  maxSheets: 100,
  /** Cells in all sheets together: 200,000 rows (the import's limit) of fifteen columns. */
  maxCells: 3_000_000,
  /** Columns of the sheet that is read: an import has fifteen or so, a template thirteen. */
  maxColumns: 500,
  /** Excel's own limit for the text of one cell. */
  maxTextLength: 32_767,
} as const;
