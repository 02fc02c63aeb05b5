// Chinese has no spaces between words, so word counts undercount it badly: count CJK
// characters and Latin-script words separately, each at its own reading speed.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface ReadingSpeed {
  /** CJK characters read per minute. @default 400 */
  charactersPerMinute?: number;
  /** Words of Latin-script text read per minute. @default 200 */
  wordsPerMinute?: number;
}

/** Whole minutes to read a text (at least 1 for any non-empty text, 0 for an empty one). */
export function readingMinutes(text: string, speed: ReadingSpeed = {}): number {
  const { charactersPerMinute = 400, wordsPerMinute = 200 } = speed;
  const characters = text.match(CJK_CHARACTER)?.length ?? 0;
  const words = text.replace(CJK_CHARACTER, ' ').match(WORD)?.length ?? 0;
  if (characters === 0 && words === 0) return 0;
  return Math.max(1, Math.round(characters / charactersPerMinute + words / wordsPerMinute));
}
