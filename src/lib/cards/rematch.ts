// Carries a reader's review history over to a card whose question was lightly edited (so its id
// changed): pure, runs in the browser when the review page loads.

/** Below this similarity (Dice coefficient of character pairs), two questions are different questions. */
export const SAME_QUESTION = 0.7;

/** Character pairs of a normalised text ("raft" -> ra, af, ft); a one-character text is its own pair. */
function pairs(text: string): Map<string, number> {
  const chars = [...text];
  const result = new Map<string, number>();
  if (chars.length === 1) result.set(text, 1);
  for (let index = 0; index < chars.length - 1; index++) {
    const pair = `${chars[index]}${chars[index + 1]}`;
    result.set(pair, (result.get(pair) ?? 0) + 1);
  }
  return result;
}

/** Dice's coefficient over character pairs: 1 for equal texts, 0 for nothing in common. Works for Chinese, which has no spaces. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

export interface Candidate {
  id: string;
  /** Normalised question text (NoteCard.text). */
  text: string;
}

/**
 * Pairs stored histories whose card no longer exists (`orphans`) with cards that have no history
 * (`fresh`), best matches first, each used once, only when at least `threshold` similar.
 * Returns new id -> old id.
 */
export function rematch(orphans: readonly Candidate[], fresh: readonly Candidate[], threshold = SAME_QUESTION): Map<string, string> {
  const scored: { from: string; to: string; score: number }[] = [];
  for (const old of orphans) {
    for (const card of fresh) {
      const score = similarity(old.text, card.text);
      if (score >= threshold) scored.push({ from: old.id, to: card.id, score });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const used = new Set<string>();
  const result = new Map<string, string>();
  for (const { from, to } of scored) {
    if (used.has(from) || result.has(to)) continue;
    used.add(from);
    result.set(to, from);
  }
  return result;
}
