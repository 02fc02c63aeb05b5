// End-to-end tests in a real headless Chromium against the built site, served the way GitHub
// Pages serves it, under a base path.
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/lib/chromium.ts';

export const BASE_PATH = '/some-repo/';
// A free port, so several checkouts can run their end-to-end tests side by side (E2E_PORT
// chooses one). Kept in the environment: Playwright's workers load this file again.
process.env['E2E_PORT'] ??= execFileSync(process.execPath, ['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"], {
  encoding: 'utf8',
}).trim();
const PORT = Number(process.env['E2E_PORT']);
const OUT_DIR = 'dist-e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npm run build --silent && node scripts/serve.ts --dir ${OUT_DIR} --port ${PORT}`,
    // As a GitHub Pages build of the repository example/notes would see it, with the search index
    // in three parts (98 notes, 40 to a part) that the browser merges, as a large course's is.
    env: { SITE_SETTINGS: 'tests/e2e/site-settings.json', BASE_PATH, OUT_DIR, SITE_URL: 'https://example.github.io', GITHUB_REPOSITORY: 'example/notes', GITHUB_SERVER_URL: 'https://github.com' },
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
