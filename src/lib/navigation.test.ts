import { describe, expect, test } from 'vitest';
import { noteWindow } from './navigation.ts';

describe('noteWindow', () => {
  test.each([
    // count, current, size, expected
    [5, 2, 15, { start: 0, end: 5 }],
    [15, 14, 15, { start: 0, end: 15 }],
    [100, -1, 15, { start: 0, end: 15 }],
    [100, 0, 15, { start: 0, end: 15 }],
    [100, 50, 15, { start: 43, end: 58 }],
    [100, 99, 15, { start: 85, end: 100 }],
    [16, 8, 15, { start: 1, end: 16 }],
  ])('%i notes, current %i, size %i', (count, current, size, expected) => {
    const window = noteWindow(count, current, size);
    expect(window).toEqual(expected);
    if (current >= 0) expect(current >= window.start && current < window.end).toBe(true);
  });
});
