// Runs `astro build` on a fixture notes folder in a child process, with its own output and
// cache folders, and returns what it printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
  outDir: string;
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Time a build test may take: generous, since a test must fail on what it checks, not on the
 * machine being busy (two cores shared with other builds took over 4 minutes for a fixture).
 */
export const BUILD_TIMEOUT = 15 * 60_000;

export function buildSite(notesDir: string, env: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'notes-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NOTES_DIR: resolve(root, notesDir), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}
