import {defineConfig, devices} from '@playwright/test';

// One runner for everything: unit tests (no browser), the example apps over HTTP, and the built
// site in Debian's Chromium. `npm test` builds the site first.
const sitePort = Number(process.env.SITE_PORT ?? 3210);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['json', {outputFile: 'test-results/results.json'}]],
  // tools/ is plain ESM shared with scripts/: Node loads it as it is (require of ESM), untranspiled.
  build: {external: ['**/tools/**']},
  projects: [
    {name: 'unit', testDir: 'tests/unit'},
    {name: 'examples', testDir: 'tests/examples', timeout: 120_000},
    {
      name: 'site',
      testDir: 'tests/site',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${sitePort}`,
        launchOptions: {executablePath: chromium},
      },
    },
  ],
  webServer: {
    command: `npx docusaurus serve --port ${sitePort} --host localhost --no-open`,
    url: `http://localhost:${sitePort}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
