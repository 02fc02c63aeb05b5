import { createHash } from 'node:crypto';
import type { CardKind } from './types.ts';

/** "1. " "（2）" "Q3:" before a question: numbering, not content. */
const NUMBERING = /^\s*(?:\(?[0-9０-９]+[.)、．）]|（[0-9０-９]+）|q\d+[:：])\s*/i;
/** Everything but letters and digits (any script): punctuation, symbols and spaces do not make a question different. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The text a card id is made from: Unicode-folded (full-width to half-width), lower case, with
 * numbering, whitespace, punctuation and symbols removed. "1. 为什么 Raft 需要多数派？" and
 * "为什么raft需要多数派?" normalise alike.
 */
export function normaliseCardText(text: string): string {
  return text.normalize('NFKC').replace(NUMBERING, '').toLowerCase().replace(NOT_WORD, '');
}

/**
 * A card's stable id: a hash of its kind and normalised question, never of the note's path, so
 * moving or renaming the note keeps the reader's history. A cloze card also hashes the deleted
 * text (not its position), so adding another deletion to the sentence keeps the others' ids.
 * Edits beyond punctuation, spacing and case change the id; the browser then re-matches the old
 * history to the new card by similarity (rematch.ts).
 */
export function cardId(kind: CardKind, question: string, cloze = ''): string {
  const key = [kind, normaliseCardText(question), normaliseCardText(cloze)].join('\0');
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * Ids unique over a list in reading order: a repeated question gets "-2", "-3"… after the
 * first, so two notes asking the same question keep separate histories.
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}
