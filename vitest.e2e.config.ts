import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (each launches a browser), generous timeouts for a busy
// 2-core machine. Timeouts here are failure limits, never performance assertions.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
