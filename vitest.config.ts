import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpus-backed and browser tests read megabytes of text; keep a generous ceiling
    // so a slow CI core does not turn a pass into a flake.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every large pattern's gate is checked against every text a test runs it on (src/text/lazy-regexp.ts).
    env: { VERBATIM_VERIFY_GATES: '1' },
  },
});
