import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 20_000,
    maxWorkers: 2,
  },
});
