import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gitLastModified, gitTopLevel } from './git-dates.ts';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z' } });

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes/一.md'), '# 一\n');
  git(dir, 'init', '-q');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'notes');
  return dir;
}

describe('gitLastModified', () => {
  test('dates each committed file, Chinese names included', () => {
    const dir = repository();
    const dates = gitLastModified(join(dir, 'notes'));
    expect(dates.get(join(gitTopLevel(dir)!, 'notes/一.md'))?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  test('a folder outside any repository has no dates, and needs no git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(gitLastModified(dir, { git: '/nonexistent/git' }).size).toBe(0);
  });

  test('a repository without git installed stops with what to do', () => {
    expect(() => gitLastModified(join(repository(), 'notes'), { git: '/nonexistent/git' })).toThrow(/git is not installed.*install git/);
  });

  test('a repository git cannot read stops with git\'s reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-git-'));
    writeFileSync(join(dir, '.git'), 'gitdir: /nonexistent/worktree\n');
    expect(() => gitLastModified(dir)).toThrow(/git could not read the history of .*not a git repository/);
  });
});
