import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // One worker: tfjs backends are process-global and the machine has 2 cores.
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
  },
});
