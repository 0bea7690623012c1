import { defineConfig } from 'vitest/config';
import { stringParts } from './scripts/vite-string-parts';

export default defineConfig({
  plugins: [stringParts()],
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'supabase/tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    // Database tests boot their own in-memory backend (~3 s each file).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // The embedded server logs every refused request; the tests assert them.
    onConsoleLog: (log, type) => !(type === 'stderr' && /severity: |routine: |^error: /m.test(log)),
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest-results.json' },
  },
});
