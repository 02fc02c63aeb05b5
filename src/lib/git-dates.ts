import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { plainError } from './system-errors.ts';

export interface GitOptions {
  /** The git command (tests point it at a missing one). @default 'git' */
  git?: string;
}

/**
 * When each file under `dir` last changed according to git: one `git log` for the whole folder
 * instead of one per note. Absolute paths to dates; empty when the folder is not in a git work
 * tree (its pages then show no date). Throws one plain sentence when the folder is in a work
 * tree but git cannot read it: git not installed, or git refusing the repository.
 * (A shallow clone gives every file the same date: deploy with full history.)
 */
export function gitLastModified(dir: string, options: GitOptions = {}): Map<string, Date> {
  const dates = new Map<string, Date>();
  const top = gitTopLevel(dir, options);
  if (!top) return dates;
  const log = runGit(options, ['-c', 'core.quotepath=off', 'log', '--format=%x00%ct', '--name-only', '--no-renames', '--', '.'], dir);
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
export function gitTopLevel(dir: string, options: GitOptions = {}): string | undefined {
  if (!workTreeAbove(dir)) return undefined;
  return runGit(options, ['rev-parse', '--show-toplevel'], dir).trim() || undefined;
}

/** Whether `dir` or a folder above it holds `.git` (a folder, or a file in a worktree or submodule). */
function workTreeAbove(dir: string): boolean {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return true;
    if (dirname(folder) === folder) return false;
  }
}

function runGit({ git = 'git' }: GitOptions, args: string[], cwd: string): string {
  try {
    return execFileSync(git, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT') {
      throw plainError(`The notes are in a git repository, but git is not installed, so the pages' "last updated" dates cannot be read: install git (Debian: apt-get install git), then build again.`);
    }
    const reason = String(stderr ?? '').trim().split('\n')[0] || String(error);
    const fix = /dubious ownership/.test(reason) ? ` Trust it with: git config --global --add safe.directory ${cwd}` : '';
    throw plainError(`git could not read the history of ${cwd} for the pages' "last updated" dates: ${reason}.${fix} Fix that, then build again.`);
  }
}
