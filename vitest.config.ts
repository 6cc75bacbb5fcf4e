import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: server and shared code (and the repository's own checks in scripts/) in Node, web components in happy-dom.
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
          // Migrates a database and loads the fixture directory once per run; every testApp() copies it.
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          // A guard against a hung setup, not a measure: in CI the suite runs beside the browser tests
          // (.ci/run), and a file's beforeAll (a test app, demo people, seeded calls) took over 60 s on a
          // 2-core machine shared with other work.
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'web', environment: 'happy-dom', include: ['web/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
