// Finds a Chromium for the build (diagrams) and the tests. Browser downloads fail on this
// project's machines, so we use one that is installed, in this order:
// CHROMIUM_PATH, the usual system locations (Debian's chromium, Google Chrome), Playwright's own.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for a headless Chromium on a closed network, as root, in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there. Point it at a Chromium or Chrome executable.`);
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  const bundled = safeExecutablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found: diagrams are drawn in a headless browser at build time.\n' +
      'Install one, with the CJK fonts diagrams need for Chinese labels:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '  macOS:         install Google Chrome\n' +
      'or set CHROMIUM_PATH to the executable of a Chromium or Chrome you have.',
  );
}

function safeExecutablePath(): string | undefined {
  try {
    // Loaded only when needed: playwright-core takes half a second to import.
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
