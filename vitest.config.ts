import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // The build test runs astro build; keep it from competing with the unit tests for two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
