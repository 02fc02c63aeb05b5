// Features that load on first use are bundled on their own (`?worker&url`) and imported by URL from
// src/scripts/page.ts. Such a bundle keeps no exports (Vite builds it as a worker), so each one
// hands its entry point over here when it runs, and page.ts takes it from the registry once imported.
import type { start } from './link-preview.ts';
import type { startProgress } from './progress/ui.ts';
import type { highlightSearchTerms } from './search-highlight.ts';
import type { openSearch } from './search-loader.ts';
import type { markCurrentSection } from './toc.ts';
import type { openZoom } from './zoom.ts';

export interface Features {
  linkPreview: typeof start;
  progress: typeof startProgress;
  searchHighlight: typeof highlightSearchTerms;
  search: typeof openSearch;
  toc: typeof markCurrentSection;
  zoom: typeof openZoom;
}

export type Registry = { studyNotes?: Partial<Features> };

/** Called by a feature's bundle when it runs. */
export function handOver<K extends keyof Features>(name: K, entry: Features[K]): void {
  ((globalThis as Registry).studyNotes ??= {})[name] = entry;
}
