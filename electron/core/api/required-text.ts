import { z } from 'zod';

/** Text that must not be empty once trimmed, up to `max` characters. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
