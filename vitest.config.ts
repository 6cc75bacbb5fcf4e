import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Web tests of what happens when a module is first imported: they need a fresh module graph. */
const FIRST_IMPORT = ['web/src/zodConfig.test.ts', 'web/src/components/NotificationsHost.test.tsx'];

/**
 * Node tests whose outcome does not depend on the database: the suite's second run, on PostgreSQL
 * (DATABASE_URL set: `npm run test:pg`, and CI), leaves them out, as they have nothing new to show there.
 * Pure rules (shared/), the repository's own checks (scripts/, bench/), the lock of the embedded
 * database's folder (on PGlite whatever the suite runs on), the lint of the OpenAPI document, and the
 * search and recommendation indexes checked against brute force on the real data files, in memory.
 */
const SAME_ON_EVERY_DATABASE = [
  'shared/**', 'scripts/**', 'bench/**', 'server/platform/datalock.test.ts', 'server/openapi.lint.test.ts',
  'server/domains/matching/matching.scan.test.ts', 'server/domains/authorities/authorities.lookup.test.ts', 'server/domains/authorities/authorities.cutoff.test.ts',
];
const onPostgres = Boolean(process.env.DATABASE_URL);

// Projects: server and shared code (and the repository's own checks in scripts/) in Node, web components in happy-dom.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: onPostgres ? [...configDefaults.exclude, ...SAME_ON_EVERY_DATABASE] : configDefaults.exclude,
          // Migrates a database and loads the fixture directory once per run; every testApp() copies it.
          globalSetup: ['server/test/global-setup.ts'],
          // Files share a worker's loaded modules instead of importing the app again for each file: a
          // third of the suite's CPU time went to imports. Every file builds its own app on its own
          // database copy (testApp), so no state a test depends on lives in a module.
          isolate: false,
          testTimeout: 30_000,
          // A guard against a hung setup, not a measure: in CI the suite runs beside the browser tests
          // (.ci/run), and a file's beforeAll (a test app, demo people, seeded calls) took over 60 s on a
          // 2-core machine shared with other work.
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // Not isolated either (half the CPU time); each test renders its own tree and resetApp unmounts it.
        test: { name: 'web', environment: 'happy-dom', include: ['web/**/*.test.{ts,tsx}'], exclude: FIRST_IMPORT, isolate: false },
      },
      {
        extends: true,
        test: { name: 'web-first-import', environment: 'happy-dom', include: FIRST_IMPORT },
      },
    ],
  },
});
