/**
 * The encodings a CSV or text file from a spreadsheet is found in: UTF-8, UTF-16 (Excel's "Unicode
 * text", with its byte order mark) and the Central and Western European Windows code pages.
 */
export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1252'] as const;

export type TextEncoding = (typeof textEncodings)[number];
