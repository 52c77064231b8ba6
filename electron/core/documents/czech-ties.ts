/**
 * Czech typesetting keeps a one-letter preposition or conjunction (v, s, k, z, a, i, o, u) on the line of the
 * word after it: the space after it becomes a no-break space. Applying it twice changes nothing.
 */
export function czechTies(text: string): string {
  return text.replace(/(?<=^|[\s(„“"'])([kvszaiouKVSZAIOU]) +/g, '$1\u00a0');
}
