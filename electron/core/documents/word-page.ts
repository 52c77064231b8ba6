/**
 * A4 with 2.5 cm margins, in twips (1/1440 inch) as Word measures. The text width is shared so that tables and
 * pictures can be sized to the column without each document working it out again.
 */
const width = 11_906;
const height = 16_838;
const margin = 1_417;

export const wordPage = { width, height, margin, textWidth: width - 2 * margin } as const;
