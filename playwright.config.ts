import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 5174);
// Runs on other ports (E2E_PORT) keep their artifacts and report apart.
const suffix = port === 5174 ? '' : `-${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // A 2-core machine running the dev server's transforms and the database in one process.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: `test-results/playwright${suffix}`,
  reporter: [['list'], ['json', { outputFile: `test-results/e2e-results${suffix}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx tsx scripts/e2e-server.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    // It may build the app first.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
