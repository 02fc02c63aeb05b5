// Shared by the search integration (which writes the index) and the pages (which load it).
import { escapeText } from './html-text.ts';
import { idToUrl, withBase } from './paths.ts';

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

/**
 * The search index comes in parts of about `size` notes (the site's searchPartSize), so that a
 * rebuild indexes again only the parts whose notes changed (Pagefind cannot update an index).
 * A note's part follows from its id alone, so adding a note leaves the other parts as they were
 * until the number of parts changes. The parts are random samples of the notes, so each scores
 * a term about as the whole would, and the merged results rank as one index's would.
 */
export function searchPartCount(notes: number, size: number): number {
  return Math.max(1, Math.ceil(notes / size));
}

/** The part (0 to parts - 1) that holds the note `id`: FNV-1a of the id, so stable across builds and machines. */
export function searchPartOf(id: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193) >>> 0;
  return hash % parts;
}

/** Where part `part` goes in the site: the first is the bundle Pagefind's scripts load from, the others inside it. */
export function searchPartDir(part: number): string {
  return part === 0 ? SEARCH_BUNDLE_DIR : `${SEARCH_BUNDLE_DIR}part-${part}/`;
}

/** Where the pages load search from, and the options the UI configures Pagefind with (the other parts merged in). */
export function searchUi(base: string, parts = 1): { bundle: string; options: string } {
  const bundle = withBase(base, SEARCH_BUNDLE_DIR);
  const shared = { highlightParam: HIGHLIGHT_PARAM, ranking: SEARCH_RANKING };
  const mergeIndex = Array.from({ length: parts - 1 }, (_, index) => ({ bundlePath: withBase(base, searchPartDir(index + 1)), ...shared }));
  return { bundle, options: JSON.stringify({ bundlePath: bundle, ...shared, ...(mergeIndex.length > 0 ? { mergeIndex } : {}) }) };
}

/** The pages' search settings for a site of `notes` published notes: searchUi with the parts the build writes. */
export function searchUiFor(site: { base: string; searchPartSize: number }, notes: number): { bundle: string; options: string } {
  return searchUi(site.base, searchPartCount(notes, site.searchPartSize));
}

/** What the index records about a note: the note's own text and where it sits in the course. */
export interface SearchEntry {
  title: string;
  description?: string | undefined;
  tags: readonly string[];
  track?: string | undefined;
  module?: string | undefined;
  /** The rendered note, its diagrams drawn in. */
  html: string;
}

/**
 * The document Pagefind indexes for a note, made from the rendered note rather than read back
 * from the built page, so indexing runs beside the page generation instead of after it. It holds
 * what a reader searches (title, summary and tags weighted up, see SEARCH_RANKING; the text)
 * and what results are filtered and labelled by (track, module, tags; "track / module").
 */
export function searchDocument({ title, description, tags, track, module, html }: SearchEntry, lang: string): string {
  // Pagefind reads "key:value"; a comma would start another pair.
  const value = (text: string) => escapeText(text.replace(/,/g, '\\,'));
  const section = [track, module].filter((part, index, parts) => part && parts.indexOf(part) === index).join(' / ');
  const hidden = [
    ...(track ? [`<span data-pagefind-filter="track:${value(track)}"></span>`] : []),
    ...(module ? [`<span data-pagefind-filter="module:${value(module)}"></span>`] : []),
    ...tags.map((tag) => `<span data-pagefind-filter="tag:${value(tag)}"></span>`),
    ...(section ? [`<span data-pagefind-meta="section:${value(section)}"></span>`] : []),
  ];
  return [
    `<!doctype html><html lang="${escapeText(lang)}"><head><title>${escapeText(title)}</title></head><body><article data-pagefind-body>`,
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeText(title)}</h1>`,
    description ? `<p data-pagefind-weight="5">${escapeText(description)}</p>` : '',
    tags.length > 0 ? `<ul data-pagefind-weight="5">${tags.map((tag) => `<li>${escapeText(tag)}</li>`).join('')}</ul>` : '',
    `<div hidden>${hidden.join('')}</div>`,
    `<div>${html}</div>`,
    '</article></body></html>',
  ].join('');
}

/** The URL Pagefind records for a page: its path from the site's root, percent-encoded, as its directory crawl writes it. */
export function searchUrl(id: string): string {
  return encodeURI(idToUrl('/', id));
}
