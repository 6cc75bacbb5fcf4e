import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);

// Browser tests drive Debian's Chromium (no browser download) against the built app on a fresh
// data folder, so they also cover the first-start load of the real reference data.
export default defineConfig({
  testDir: 'e2e',
  // Generous: a busy 2-core CI machine runs the server and Chromium side by side; tests never assert timings.
  timeout: 150_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // The whole-call walk spends most of its ten minutes waiting for two real deadlines: it runs in a
  // worker of its own beside the other journeys, which still run one at a time (their order and the
  // shared demo accounts are what they were written for).
  workers: 2,
  projects: [
    { name: 'whole-call', testMatch: /grants-flow\.spec\.ts$/ },
    { name: 'journeys', testIgnore: /grants-flow\.spec\.ts$/, workers: 1 },
  ],
  // On CI a journey that fails once runs once more: it still fails the run when it fails again, and a
  // pass on the retry is reported as flaky, printed again at the end of `npm test` to be fixed.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    // The web build plus the first load of the full reference data, on a possibly busy 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
