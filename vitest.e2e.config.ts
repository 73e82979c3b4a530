import { defineConfig } from 'vitest/config';

/**
 * The browser tests (npm run test:e2e): a real Recourse server and Debian's Chromium, kept out of
 * `npm test`. The script builds dist/ and the web app first.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
