/** The encodings a CSV file from Excel is found in: UTF-8, Central European and Western Windows code pages. */
export const textEncodings = ['utf-8', 'windows-1250', 'windows-1252'] as const;

export type TextEncoding = (typeof textEncodings)[number];
