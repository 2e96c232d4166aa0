import { defineConfig } from '@playwright/test';

// End-to-end tests against a running product: VOISINAGE_E2E_URL (scripts/test.sh starts WebApi with the settings the
// tests need: Verification:FixDistinctDaysNeeded=1, Alerts:MaxRaisesPerWindow raised for the latency budget).
// Debian's Chromium only: Playwright's own browsers are never downloaded.
const baseURL = process.env.VOISINAGE_E2E_URL;
if (!baseURL) throw new Error('VOISINAGE_E2E_URL must name the running product, e.g. http://127.0.0.1:5080');
const root = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        ...(root ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
