// Runs `astro build` on a fixture notes folder in a child process, with its own output and
// cache folders, and returns what it printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
  outDir: string;
}

/** The project's folder, and the Astro command line the tests run (as `node ASTRO …`). */
export const root = resolve(import.meta.dirname, '../..');
export const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Where test builds go: inside the project, because Astro puts a build's server bundle in
 * `<project>/.astro/.prerender/` when the output folder is outside the project, and two test
 * builds at once then delete each other's bundle ("Cannot find module …/.prerender/chunks/…").
 * Inside the project it goes into each build's own output folder. Emptied before each test run
 * (tests/build/global-setup.ts).
 */
export const TEST_BUILDS = join(root, '.astro', 'test-builds');

/**
 * Time a build test may take: generous, since a test must fail on what it checks, not on the
 * machine being busy (two cores shared with other builds took over 4 minutes for a fixture).
 */
export const BUILD_TIMEOUT = 15 * 60_000;

/** What vitest adds to the environment: Vite's import.meta.env values, and its own. */
const TEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'PROD', 'DEV', 'BASE_URL', 'MODE', 'SSR']);

/**
 * The environment a command of ours gets in a test: the test's, without what vitest adds. With
 * vitest's NODE_ENV=test, or its DEV=1 (Astro reads import.meta.env from the environment),
 * import.meta.env.DEV is true in a build too, which then publishes drafts and the dev server's
 * routes; with VITEST set, Astro's dev server answers no page.
 */
export function commandEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !TEST_VARIABLES.has(name) && !name.startsWith('VITEST')));
}

/** A new folder for one test's builds under TEST_BUILDS, named `prefix` and a random suffix. */
export function testBuildFolder(prefix: string): string {
  mkdirSync(TEST_BUILDS, { recursive: true });
  return mkdtempSync(join(TEST_BUILDS, prefix));
}

export function buildSite(notesDir: string, env: Record<string, string> = {}): BuildResult {
  const work = testBuildFolder('notes-build-');
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...commandEnv(), NOTES_DIR: resolve(root, notesDir), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}
