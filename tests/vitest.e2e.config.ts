import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Two cores: one browser and one server at a time keeps the run steady on the shared machines.
    fileParallelism: false,
  },
});
