// Control characters never belong in a name or a line of text: they are invisible, break documents and
// can hide one name inside another. Line breaks and tabs are fine in longer text, never in a name.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const inName = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- as above
const inLongText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** The limits on names and text that every way in (forms, import, API, restore) holds to. */
export const textRules = {
  /** A service's, member's, barrier's or committee's name, as the forms take it. */
  maxNameLength: 200,

  /** True when a one-line text (a name) holds a control character, a line break or a tab. */
  hasControlInName(text: string): boolean {
    return inName.test(text);
  },

  /** True when a longer text holds a control character other than a line break or a tab. */
  hasControlInText(text: string): boolean {
    return inLongText.test(text);
  },

  /** A value as an error message may quote it: control characters made visible, a long value cut short. */
  quoted(value: string, max = 60): string {
    // eslint-disable-next-line no-control-regex -- as above
    const visible = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    // Cut by code points, so a letter outside the first plane is never halved.
    const points = Array.from(visible);
    return points.length > max ? `${points.slice(0, max).join('')}…` : visible;
  },
};
