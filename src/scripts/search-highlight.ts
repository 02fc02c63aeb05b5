// On a page reached from a search result (?pagefind-highlight=term), marks the terms in the
// note with Pagefind's highlighter. Pages reached otherwise load nothing.
import { HIGHLIGHT_PARAM } from '../lib/search.ts';
import { handOver } from './features.ts';

export function highlightSearchTerms(bundle: string): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = `${bundle}pagefind-highlight.js`;
  void import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }: { default: new (options: object) => unknown }) => {
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: '[data-pagefind-body]', addStyles: false });
    document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
  });
}

handOver('searchHighlight', highlightSearchTerms);
