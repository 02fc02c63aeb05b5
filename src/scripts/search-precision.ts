// Precise search: results must contain every term of the query as typed (src/lib/search-terms.ts).
// Pagefind's Component UI has no hook between the engine and the results list, so this wraps
// the engine's search() of the UI's instance (Pagefind 1.6 keeps it in `__pagefind__`).
// The fragments it reads are the ones the results list loads anyway (Pagefind caches them).
import { keepExactMatches } from '../lib/search-terms.ts';

interface ResultData {
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  /** Ours: true when no result held every term and these are partial matches. */
  partialMatch?: boolean;
}
interface PagefindEngine {
  search(term: string | null, options?: unknown): Promise<PagefindResponse | null>;
}
export interface SearchInstance {
  __pagefind__: PagefindEngine | null;
  faceted: boolean;
  on(event: 'results', callback: (response: PagefindResponse) => void): void;
}

const wrapped = new WeakSet<PagefindEngine>();
/** Checking a result reads its fragment (a few KB); past this many, results are left out unchecked. */
const MAX_CHECKED = 100;

/** Makes the instance's searches precise and shows `headings` above partial matches. */
export function makeSearchPrecise(instance: SearchInstance, headings: () => Iterable<HTMLElement>): void {
  instance.on('results', (response) => {
    for (const heading of headings()) heading.hidden = !response?.partialMatch;
  });
  // Wrap the engine the moment the UI assigns it, so that no search, not even the first (the
  // search page runs one as soon as it loads), reaches the engine unwrapped.
  let engine = instance.__pagefind__;
  if (engine) wrap(engine);
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => engine,
    set: (value: PagefindEngine | null) => {
      engine = value;
      if (value) wrap(value);
    },
  });
}

function wrap(engine: PagefindEngine): void {
  if (wrapped.has(engine)) return;
  wrapped.add(engine);
  const search = engine.search.bind(engine);
  engine.search = async (term, options) => {
    const response = await search(term, options);
    if (!response || !term) return response;
    const candidates = response.results.slice(0, MAX_CHECKED);
    const texts = await Promise.all(
      candidates.map(async (result) => {
        const data = await result.data();
        return `${data.meta['title'] ?? ''}\n${data.content}`;
      }),
    );
    const indexed = candidates.map((result, index) => ({ result, text: texts[index] ?? '' }));
    const { exact, partial } = keepExactMatches(indexed, (item) => item.text, term);
    return { ...response, results: exact.map((item) => item.result), partialMatch: partial };
  };
}
