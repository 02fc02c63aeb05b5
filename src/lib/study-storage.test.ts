import { describe, expect, test } from 'vitest';
import { exportProgress, parseProgressFile, studyKey } from './study-storage.ts';

const now = new Date('2026-12-03T10:00:00Z');

test('studyKey includes the base path, so two sites on one host keep apart', () => {
  expect(studyKey('/repo/', 'review')).toBe('study-notes:/repo/:review');
  expect(studyKey('/', 'progress')).toBe('study-notes:/:progress');
});

test('exportProgress takes every key of this site and nothing else', () => {
  const file = exportProgress(
    [
      ['study-notes:/repo/:review', '{"version":1}'],
      ['study-notes:/repo/:progress', '{"read":[]}'],
      ['study-notes:/other/:review', '{}'],
      ['theme', 'dark'],
    ],
    '/repo/',
    now,
  );
  expect(file.data).toEqual({ review: '{"version":1}', progress: '{"read":[]}' });
  expect(file.exported).toBe('2026-12-03T10:00:00.000Z');
});

describe('parseProgressFile', () => {
  const good = JSON.stringify(exportProgress([['study-notes:/old/:review', '{"version":1}']], '/old/', now));
  test('reads an exported file back under this site`s prefix', () => {
    expect(parseProgressFile(good, '/repo/')).toEqual({ ok: true, entries: [['study-notes:/repo/:review', '{"version":1}']] });
  });
  test.each([
    ['not JSON', 'hello', 'notJson'],
    ['another JSON file', '{"a":1}', 'notProgress'],
    ['a newer format', JSON.stringify({ format: 'study-notes-progress', version: 2, data: {} }), 'newerVersion'],
    ['data that is not an object', JSON.stringify({ format: 'study-notes-progress', version: 1, data: [] }), 'notProgress'],
    ['a value that is not JSON', JSON.stringify({ format: 'study-notes-progress', version: 1, data: { review: '{' } }), 'badValue'],
    ['a strange key', JSON.stringify({ format: 'study-notes-progress', version: 1, data: { '../x': '{}' } }), 'badValue'],
  ])('rejects %s', (_name, text, error) => {
    const result = parseProgressFile(text, '/repo/');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });
});
