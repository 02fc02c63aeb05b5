import { expect, test } from 'vitest';
import { readingMinutes } from './reading-time.ts';

test.each([
  ['', 0],
  ['调度器', 1],
  ['调'.repeat(400), 1],
  ['调'.repeat(1000), 3],
  // 2000 Chinese characters read in 5 minutes; counted as "words" they would take 10 s.
  ['云原生'.repeat(667), 5],
  [Array(400).fill('word').join(' '), 2],
  // Mixed: 400 characters (1 min) and 200 words (1 min).
  ['调'.repeat(400) + ' ' + Array(200).fill('pod').join(' '), 2],
  // A character beyond the BMP (CJK Extension B) counts once (600 characters: 2 minutes; counted twice, 3).
  ['𠀀'.repeat(400) + '调'.repeat(200), 2],
  ['𠀀'.repeat(600), 2],
  // Words split by CJK text, or by punctuation, are words each.
  [Array(200).fill('pod调k8s').join('。'), 3],
])('readingMinutes(%#) = %i', (text, minutes) => {
  expect(readingMinutes(text)).toBe(minutes);
});

test('speeds are configurable', () => {
  expect(readingMinutes('调'.repeat(600), { charactersPerMinute: 300 })).toBe(2);
});
