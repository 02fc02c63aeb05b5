import { describe, expect, test } from 'vitest';
import { previewFileCount, previewFileIndex, previewFilePath, PREVIEWS_PER_FILE } from './preview-files.ts';

describe('previewFileCount', () => {
  test.each([
    [0, 1],
    [1, 1],
    [PREVIEWS_PER_FILE, 1],
    [PREVIEWS_PER_FILE + 1, 2],
    [1016, Math.ceil(1016 / PREVIEWS_PER_FILE)],
  ])('%i pages -> %i files', (pages, files) => {
    expect(previewFileCount(pages)).toBe(files);
  });
});

describe('previewFileIndex', () => {
  test('is stable and in range', () => {
    expect(previewFileIndex('etcd/raft-共识', 64)).toBe(previewFileIndex('etcd/raft-共识', 64));
    for (const id of ['a', 'go/并发', 'k8s/调度/打分插件', '']) {
      const index = previewFileIndex(id, 7);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(7);
    }
    expect(previewFileIndex('anything', 1)).toBe(0);
  });
  test('spreads a course so that no file is far over its share (a hash, so some are over)', () => {
    const ids = Array.from({ length: 1000 }, (_, index) => `module-${index % 16}/笔记-${index}`);
    const files = previewFileCount(ids.length);
    const counts = new Array<number>(files).fill(0);
    for (const id of ids) counts[previewFileIndex(id, files)]!++;
    expect(Math.max(...counts)).toBeLessThanOrEqual(PREVIEWS_PER_FILE * 4);
    expect(counts.filter((count) => count === 0).length).toBeLessThan(files / 10);
  });
});

test('previewFilePath puts the file under the base path', () => {
  expect(previewFilePath('/repo/', 3)).toBe('/repo/previews/3.json');
  expect(previewFilePath('/repo', 0)).toBe('/repo/previews/0.json');
});
