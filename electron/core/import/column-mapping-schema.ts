import { z } from 'zod';
import { columnKeys } from '../domain/column-keys';

/** Column index (as text) to the measure it holds, or "ignore": the user's mapping of an unknown layout. */
export const columnMappingSchema = z.record(z.string().regex(/^\d{1,3}$/), z.enum([...columnKeys, 'ignore']));
