import { z } from 'zod';

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z.iso.date();
