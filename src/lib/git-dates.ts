import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * When each file under `dir` last changed according to git: one `git log` for the whole folder
 * instead of one per note. Absolute paths to dates; empty when git or its history is missing
 * (a shallow clone gives every file the same date: deploy with full history).
 */
export function gitLastModified(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let top: string;
  let log: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log = execFileSync('git', ['-c', 'core.quotepath=off', 'log', '--format=%x00%ct', '--name-only', '--no-renames', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  for (const commit of log.split('\0').slice(1)) {
    const [stamp, ...files] = commit.trim().split('\n');
    const date = new Date(Number(stamp) * 1000);
    for (const file of files) {
      const path = resolve(top, file.trim());
      if (file.trim() && !dates.has(path)) dates.set(path, date);
    }
  }
  return dates;
}

/** The top folder of the git work tree holding `dir`, if it is in one. */
export function gitTopLevel(dir: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
