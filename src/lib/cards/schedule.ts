// Review scheduling with FSRS (ts-fsrs), and the review state a reader's browser keeps.
// Pure: the review page's script and the unit tests both use it.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

/** One card's FSRS memory state and what re-matching needs, as stored (dates as ISO strings). */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string | undefined;
  /** The question's normalised text, to carry the history over when the question is edited. */
  text: string;
}

/** Everything the review page stores under `study-notes:<base>:review`. */
export interface ReviewState {
  version: 1;
  cards: Record<string, StoredCard>;
  /** New cards introduced per local day ("2026-12-03" -> 7), to honour the daily limit. */
  introduced: Record<string, number>;
  /** The reader's own daily limit of new cards, when changed on the page. */
  newPerDay?: number | undefined;
}

export const emptyState = (): ReviewState => ({ version: 1, cards: {}, introduced: {} });

/** Ratings in key order 1-4: 重来, 困难, 良好, 简单. */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

// Fuzz spreads reviews of cards learnt together over nearby days, as Anki does.
const scheduler = fsrs({ enable_fuzz: true });

function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  const { text: _text, due, last_review, ...rest } = stored;
  return { ...rest, due: new Date(due), state: rest.state as State, ...(last_review ? { last_review: new Date(last_review) } : {}) };
}

function fromCard(card: Card, text: string): StoredCard {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}), text };
}

/** The card's state after a rating (1-4) at `now`. */
export function rate(stored: StoredCard | undefined, grade: 1 | 2 | 3 | 4, text: string, now: Date): StoredCard {
  const { card } = scheduler.next(toCard(stored, now), now, GRADES[grade - 1]!);
  return fromCard(card, text);
}

/** When each rating would bring the card back: the labels under the four buttons. */
export function preview(stored: StoredCard | undefined, now: Date): Date[] {
  const card = toCard(stored, now);
  return GRADES.map((grade) => scheduler.next(card, now, grade).card.due);
}

/** Local calendar day, "2026-12-03". */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Cards in learning come back within minutes: show them if due this soon, as Anki's "learn ahead" does. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export type CardStatus = 'new' | 'due' | 'learned';

/** new: never rated; due: to review now (or within the learn-ahead window); learned: rated and not due yet. */
export function statusOf(stored: StoredCard | undefined, now: Date): CardStatus {
  if (!stored) return 'new';
  return Date.parse(stored.due) <= now.getTime() + LEARN_AHEAD_MS ? 'due' : 'learned';
}

/**
 * The cards to show now, in order: cards due now (most overdue first), then new cards in course
 * order up to what is left of today's limit, then cards in learning due within the learn-ahead
 * window (so a card just rated does not come straight back while others wait).
 */
export function reviewQueue(ids: readonly string[], state: ReviewState, now: Date, newPerDay: number): string[] {
  const dueAt = (id: string) => Date.parse(state.cards[id]!.due);
  const byDue = (a: string, b: string) => dueAt(a) - dueAt(b);
  const rated = ids.filter((id) => statusOf(state.cards[id], now) === 'due');
  const left = Math.max(0, newPerDay - (state.introduced[dayOf(now)] ?? 0));
  const fresh = ids.filter((id) => !state.cards[id]).slice(0, left);
  return [...rated.filter((id) => dueAt(id) <= now.getTime()).sort(byDue), ...fresh, ...rated.filter((id) => dueAt(id) > now.getTime()).sort(byDue)];
}

/** Due, new and learned cards among `ids`. */
export function countsOf(ids: readonly string[], state: ReviewState, now: Date): Record<CardStatus, number> {
  const counts = { new: 0, due: 0, learned: 0 };
  for (const id of ids) counts[statusOf(state.cards[id], now)]++;
  return counts;
}

/** Records a rating: the card's new state, and one more new card introduced today if it was new. */
export function applyRating(state: ReviewState, id: string, grade: 1 | 2 | 3 | 4, text: string, now: Date): ReviewState {
  const wasNew = !state.cards[id];
  const day = dayOf(now);
  return {
    ...state,
    cards: { ...state.cards, [id]: rate(state.cards[id], grade, text, now) },
    introduced: wasNew ? { ...state.introduced, [day]: (state.introduced[day] ?? 0) + 1 } : state.introduced,
  };
}

/** A stored value read back: anything unexpected yields an empty state rather than a broken page. */
export function parseState(raw: string | null): ReviewState {
  if (!raw) return emptyState();
  try {
    const value = JSON.parse(raw) as Partial<ReviewState>;
    if (value.version !== 1 || typeof value.cards !== 'object' || value.cards === null) return emptyState();
    return { version: 1, cards: value.cards, introduced: value.introduced ?? {}, newPerDay: value.newPerDay };
  } catch {
    return emptyState();
  }
}
