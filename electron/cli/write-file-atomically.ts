import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { stopPoint } from '../core/testing/stop-point';

/**
 * Writes beside the target and renames into place, so a reader (or a crash) never meets a half-written
 * document under the name the user asked for.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array | string): void {
  const partial = `${path}.partial`;
  try {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    const fd = openSync(partial, 'w');
    try {
      // Written in two halves only so that the crash test can stop between them.
      const half = Math.floor(data.length / 2);
      writeAll(fd, data.subarray(0, half));
      stopPoint('file:half-written');
      writeAll(fd, data.subarray(half));
      // On disk before it takes the real name, so not even a power cut leaves a short file under it.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
    stopPoint('file:in-place');
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset);
}
