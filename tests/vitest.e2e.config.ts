import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // The browser modes the tests start log into a folder of the run, not the user's app data folder.
    env: { WORKBENCH_LOG_DIR: mkdtempSync(join(tmpdir(), 'workbench-test-logs-')) },
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Two cores: one browser and one server at a time keeps the run steady on the shared machines.
    fileParallelism: false,
  },
});
