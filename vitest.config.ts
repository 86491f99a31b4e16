import { defineConfig } from 'vitest/config';

// Tests that touch a database run twice: on SQLite (project "sqlite") and on PostgreSQL (project
// "postgres", needs TEST_PG_URL, which scripts/with-pg.sh provides). Pure unit tests run once.
const dbTests = ['src/**/*.{service,routes,db}.test.ts', 'test/**/*.test.ts'];
const e2e = ['test/e2e/**/*.test.ts'];
// Projects do not inherit the root timeouts, so each one states them.
const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          ...timeouts,
          include: ['src/**/*.test.ts'],
          exclude: [...dbTests, 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: { ...timeouts, name: 'sqlite', include: dbTests, exclude: [...e2e, 'node_modules/**'], env: { TEST_DB: 'sqlite' } },
      },
      // Without TEST_PG_URL the PostgreSQL project is left out; scripts/test-all.sh says so loudly.
      ...(process.env.TEST_PG_URL
        ? [
            {
              test: {
                ...timeouts,
                name: 'postgres',
                include: dbTests,
                exclude: [...e2e, 'node_modules/**'],
                env: { TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
      {
        test: {
          ...timeouts,
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['web/src/test-support/no-network.ts'],
        },
      },
      {
        test: { name: 'e2e', include: e2e, fileParallelism: false, testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
