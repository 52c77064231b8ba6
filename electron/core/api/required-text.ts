import { lineText } from './line-text';

/** One-line text that must not be empty once trimmed, up to `max` characters (see lineText). */
export const requiredText = (max: number) => lineText(max).min(1);
