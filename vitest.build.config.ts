import { defineConfig } from 'vitest/config';

/** Tests that run real builds of fixture sites: slower than unit tests, so they have their own command. */
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
});
