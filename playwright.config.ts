import {defineConfig, devices} from '@playwright/test';

// One runner for everything: unit tests (no browser), the example apps over HTTP, and the built
// site in Debian's Chromium headless shell. `npm test` builds the site first.
const sitePort = Number(process.env.SITE_PORT ?? 3210);
// tools/paths.mjs's testChromiumPath, which `npm test` installs: Playwright's loader cannot
// import tools/ into this config.
const testChromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

// Only the site project needs the built site: `--project=unit` or a spec file under
// tests/examples runs without a build.
const argv = process.argv.slice(2);
const projects = argv.flatMap((arg, i) => (arg.startsWith('--project=') ? [arg.slice(10)] : arg === '--project' ? [argv[i + 1]] : []));
const files = argv.filter((arg, i) => !arg.startsWith('-') && argv[i - 1] !== '--project' && !['test'].includes(arg));
const needsSite = projects.length > 0 ? projects.includes('site') : files.length === 0 || files.some((file) => file.includes('site'));

export default defineConfig({
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['json', {outputFile: 'test-results/results.json'}]],
  // tools/ is plain ESM shared with scripts/: Node loads it as it is (require of ESM), untranspiled.
  build: {external: ['**/tools/**']},
  projects: [
    // Plain unit tests: tests/unit, and the specs beside the code they test in src/ (the examples
    // have specs of their own, which their own test runner runs).
    {name: 'unit', testDir: '.', testMatch: ['tests/unit/**/*.spec.ts', 'src/**/*.spec.ts'], testIgnore: ['examples/**', 'bench/**']},
    // Every example is copied out of the repository and installed from its own lockfile first.
    {name: 'examples-setup', testDir: 'tests/examples', testMatch: 'standalone.setup.ts'},
    {name: 'examples', testDir: 'tests/examples', timeout: 240_000, dependencies: ['examples-setup']},
    // The MCP server, built from the built site first (mcp/scripts/build.mjs), started over stdio.
    {name: 'mcp-setup', testDir: 'tests/mcp', testMatch: 'build.setup.ts'},
    {name: 'mcp', testDir: 'tests/mcp', timeout: 60_000, dependencies: ['mcp-setup']},
    {
      name: 'site',
      testDir: 'tests/site',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${sitePort}`,
        launchOptions: {executablePath: testChromiumPath},
      },
    },
  ],
  webServer: needsSite
    ? {
        command: `npx docusaurus serve --port ${sitePort} --host localhost --no-open`,
        url: `http://localhost:${sitePort}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      }
    : undefined,
});
