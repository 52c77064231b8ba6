/**
 * French typesetting puts a no-break space before : ; ! ? and » and after «, so that the sign never starts a
 * line on its own. A space typed there becomes a no-break space, and a missing one is added; applying it twice
 * changes nothing. Times and web addresses (10:30, https://) have no space before the colon and are left as
 * they are.
 */
export function frenchSpaces(text: string): string {
  return text
    .replace(/(?<=[^\s;!?«])[ \u00a0]*([;!?»])/g, '\u00a0$1')
    .replace(/(?<=[\p{L}\d)»"”]) ?:(?=\s|$)/gu, '\u00a0:')
    .replace(/«[ \u00a0]*/g, '«\u00a0');
}
