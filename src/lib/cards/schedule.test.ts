import { describe, expect, test } from 'vitest';
import { applyRating, countsOf, emptyState, parseState, preview, rate, reviewQueue, statusOf } from './schedule.ts';

const now = new Date('2026-12-03T10:00:00');
const minutes = (date: Date | string) => (new Date(date).getTime() - now.getTime()) / 60000;

describe('FSRS wiring (ts-fsrs)', () => {
  test('a new card rated 重来 (1) comes back within minutes, 简单 (4) after days', () => {
    expect(minutes(rate(undefined, 1, 'q', now).due)).toBeLessThanOrEqual(10);
    expect(minutes(rate(undefined, 4, 'q', now).due)).toBeGreaterThanOrEqual(24 * 60);
  });
  test('the four ratings give intervals in order, and preview agrees with rate', () => {
    const dues = preview(undefined, now).map((due) => due.getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(new Date(dues[0]!).toISOString()).toBe(rate(undefined, 1, 'q', now).due);
  });
  test('a review rated 良好 (3) schedules it further out than the last interval', () => {
    const first = rate(undefined, 3, 'q', now);
    const again = rate(first, 3, 'q', new Date(Date.parse(first.due) + 60_000));
    const later = rate(again, 3, 'q', new Date(again.due));
    expect(later.reps).toBe(3);
    expect(Date.parse(later.due) - Date.parse(again.due)).toBeGreaterThan(Date.parse(again.due) - Date.parse(first.due));
  });
  test('keeps the question text for re-matching', () => {
    expect(rate(undefined, 3, '为什么', now).text).toBe('为什么');
  });
});

describe('the review queue', () => {
  const ids = ['a', 'b', 'c', 'd'];
  test('shows due cards first, then new cards up to what is left of the daily limit, then cards in learning', () => {
    let state = applyRating(emptyState(), 'c', 1, 'c', now); // due again in a minute
    expect(state.introduced['2026-12-03']).toBe(1);
    expect(reviewQueue(ids, state, now, 2)).toEqual(['a', 'c']);
    expect(reviewQueue(ids, state, new Date(now.getTime() + 5 * 60_000), 2)).toEqual(['c', 'a']);
    state = applyRating(state, 'a', 4, 'a', now);
    expect(reviewQueue(ids, state, now, 2)).toEqual(['c']);
    expect(countsOf(ids, state, now)).toEqual({ new: 2, due: 1, learned: 1 });
  });
  test('a card rated 简单 is learned, not due, until its date', () => {
    const stored = rate(undefined, 4, 'q', now);
    expect(statusOf(stored, now)).toBe('learned');
    expect(statusOf(stored, new Date(stored.due))).toBe('due');
  });
});

test('parseState survives anything stored', () => {
  expect(parseState(null)).toEqual(emptyState());
  expect(parseState('not json')).toEqual(emptyState());
  expect(parseState('{"version":2}')).toEqual(emptyState());
  expect(parseState('{"version":1,"cards":{},"introduced":{"2026-12-03":3}}').introduced).toEqual({ '2026-12-03': 3 });
});
