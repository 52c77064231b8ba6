import { writeSync } from 'node:fs';

/**
 * Test-only: the crash tests set WORKBENCH_STOP_AT to the name of one of these points. When the program
 * reaches it, it says so on stdout and waits there, synchronously (inside a transaction if it is in one),
 * until the test kills it. The test therefore kills at a known step, whatever the machine's speed.
 * Without the variable this is a string comparison and nothing else.
 */
export function stopPoint(name: string): void {
  if (process.env.WORKBENCH_STOP_AT !== name) return;
  writeSync(1, `stopped at ${name}\n`);
  // Atomics.wait blocks the thread without spinning; nothing ever notifies it, so only the kill ends it.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
