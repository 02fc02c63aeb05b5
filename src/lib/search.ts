// Shared by the search integration (which writes the index) and the pages (which load it).
import { withBase } from './paths.ts';

/** Where the index and Pagefind's UI go, under the site's base path. */
export const SEARCH_BUNDLE_DIR = 'pagefind/';

/** The query parameter Pagefind adds to result links so the landing page can mark the terms. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Ranking, tuned on the course notes (tests/e2e/search-quality.spec.ts, 30 queries): titles,
 * summaries and tags are weighted up (NoteLayout), and raw repetitions count far less than by
 * Pagefind's default (termFrequency 1.0). The note ABOUT a term then comes first, not the one
 * that uses it most: "声明式 API" finds the note on declarative APIs, not the kube-apiserver
 * notes that say "API" a hundred times. Scanning 0.1-1.0 x pageLength x termSaturation, only
 * termFrequency <= 0.3 put every query's note in the top 3; 0.1 did so for all of them.
 */
export const SEARCH_RANKING = { termFrequency: 0.1 };

/** Where the pages load search from, and the options the UI configures Pagefind with. */
export function searchUi(base: string): { bundle: string; options: string } {
  const bundle = withBase(base, SEARCH_BUNDLE_DIR);
  return { bundle, options: JSON.stringify({ bundlePath: bundle, highlightParam: HIGHLIGHT_PARAM, ranking: SEARCH_RANKING }) };
}
