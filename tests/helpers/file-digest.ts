import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** SHA-256 of a file plus whether its WAL companions exist: "no file changed" means all of it stays equal. */
export function fileDigest(path: string): string {
  const content = createHash('sha256').update(readFileSync(path)).digest('hex');
  return `${content} wal:${String(existsSync(`${path}-wal`))} shm:${String(existsSync(`${path}-shm`))}`;
}
