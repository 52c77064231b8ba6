import { z } from 'zod';
import { textRules } from '../domain/text-rules';

/**
 * Text that may be empty, up to `max` characters, on one line: no control characters, line breaks or
 * tabs, the rule an import holds a service name to. For names, organisations and titles.
 */
export const lineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !textRules.hasControlInName(text), { params: { reason: 'control_characters' } });
