// Search precision: Pagefind matches a Chinese query by its segments and by prefixes, so
// "调度器" also finds a note that only says 容器 and "灰度发布" one that says 置灰. A result
// counts as a match only when its text contains every term of the query as the reader typed it.

/** The terms of a query: split on spaces (ASCII and ideographic), lower-cased, quotes dropped, each once. */
export function queryTerms(query: string): string[] {
  const terms = query
    .toLowerCase()
    .split(/[\s\u3000]+/)
    .map((term) => term.replace(/^["“”'‘’]+|["“”'‘’]+$/g, ''))
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}

/** Whether a text holds every term (as plain substrings, case-insensitively). */
export function containsEveryTerm(text: string, terms: readonly string[]): boolean {
  const haystack = text.toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

export interface Checked<T> {
  /** Results that contain every term, in their original order. */
  exact: T[];
  /** True when none did and `exact` holds the partial matches instead. */
  partial: boolean;
}

/**
 * Keeps the results whose text holds every term of the query. When none does, keeps them all
 * and says so, so the reader sees the partial matches under a heading rather than nothing.
 */
export function keepExactMatches<T>(results: readonly T[], textOf: (result: T) => string, query: string): Checked<T> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { exact: [...results], partial: false };
  const exact = results.filter((result) => containsEveryTerm(textOf(result), terms));
  if (exact.length === 0 && results.length > 0) return { exact: [...results], partial: true };
  return { exact, partial: false };
}
