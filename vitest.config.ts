import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Astro builds of one project share its .astro/ folder: build tests run one file at a time.
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: ['tests/setup/build-site.ts'], fileParallelism: false },
      },
    ],
  },
});
