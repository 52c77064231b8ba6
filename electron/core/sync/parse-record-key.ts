import { z } from 'zod';

const recordKey = z.array(z.union([z.string(), z.number()]));

/** A row's key as the documents and the outbox name it (its primary key's values as a JSON array), back to the values. */
export function parseRecordKey(key: string): (string | number)[] {
  return recordKey.parse(JSON.parse(key));
}
