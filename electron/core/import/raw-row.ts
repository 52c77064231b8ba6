/** A row as the user sees it in the spreadsheet: its row number there, and its cells left to right. */
export type RawRow = { rowNumber: number; cells: (string | number)[] };
