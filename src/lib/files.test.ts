import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from './files.ts';

test('listFiles: relative, sorted, dot-folders skipped, with or without a trailing slash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  for (const file of ['b.md', 'a/c 空格.md', '.obsidian/x.json', 'a/.trash/y.md', '404.html']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  const expected = ['404.html', 'a/c 空格.md', 'b.md'];
  expect(listFiles(dir)).toEqual(expected);
  expect(listFiles(`${dir}/`)).toEqual(expected);
});
