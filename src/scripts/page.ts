// The one script every page runs on load (BaseLayout.astro), kept small: a note page's budget is
// 3 KB of gzipped JavaScript before the reader interacts (issues 13 and 14). It does only what
// must happen at load and wires the listeners that load each feature on first use; the rest
// loads then, or once the browser is idle. (The stored theme is applied before the first paint
// by a blocking inline script in BaseLayout, not here.)
//
// Each feature is bundled on its own (`?worker&url`, ES modules: astro.config.mjs) and imported
// by URL: a plain `import('./x.ts')` would bring Vite's preload helper into this script. Such a
// bundle hands its entry point over to a registry when it runs (src/scripts/features.ts).
import { HIGHLIGHT_PARAM } from '../lib/search.ts';
import type { Features, Registry } from './features.ts';
import linkPreviewUrl from './link-preview.ts?worker&url';
import progressUrl from './progress/ui.ts?worker&url';
import searchHighlightUrl from './search-highlight.ts?worker&url';
import searchUrl from './search-loader.ts?worker&url';
import tocUrl from './toc.ts?worker&url';
import zoomUrl from './zoom.ts?worker&url';

/** Imports a feature's bundle (once: the browser keeps modules by URL) and gives its entry point. */
async function load<K extends keyof Features>(name: K, url: string): Promise<Features[K]> {
  await import(/* @vite-ignore */ url);
  return (globalThis as Registry).studyNotes![name]!;
}
const $ = <T extends Element = HTMLElement>(selector: string): T | null => document.querySelector<T>(selector);
const on = (type: string, listener: (event: Event) => void): void => document.addEventListener(type, listener);

// Search: the header's button (absent on the search page, which loads search itself).
const searchRoot = $('[data-search-bundle]');
const searchButton = $('[data-search-open]');
const search = () => load('search', searchUrl);
const openSearch = (): void => void search().then((open) => open(searchRoot!));
if (searchButton) {
  // A pointer on the button, or focus on it, says search is coming: start loading then.
  for (const intent of ['pointerenter', 'focus']) searchButton.addEventListener(intent, () => void search(), { once: true });
}
// A page reached from a search result marks the terms of the query.
if (searchRoot && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void load('searchHighlight', searchHighlightUrl).then((highlight) => highlight(searchRoot.dataset['searchBundle']!));
}

on('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  if (target.closest('[data-theme-toggle]')) return cycleTheme();
  if (searchButton?.contains(target)) return openSearch();
  const copy = target.closest<HTMLButtonElement>('.code-copy');
  if (copy) return void copyCode(copy);
  // A diagram opens from its button, or from a click or tap on the drawing; an image from its button.
  const opener = target.closest<HTMLElement>('.zoom-button, .diagram-canvas, .image-zoom');
  if (opener) return void load('zoom', zoomUrl).then((openZoom) => openZoom(opener));
  // Following a link in the popover table of contents (narrow screens) closes it.
  const toc = $('#toc');
  if (toc && target.closest('a') && toc.contains(target) && toc.matches(':popover-open')) toc.hidePopover();
});

on('keydown', (event) => {
  const { key, ctrlKey, metaKey, altKey, target } = event as KeyboardEvent;
  const typing = (target as Element | null)?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  const plain = !typing && !ctrlKey && !metaKey && !altKey;
  // "/" and Ctrl/Cmd+K open search, unless it is open already.
  if (searchButton && ((key === '/' && plain) || ((ctrlKey || metaKey) && key.toLowerCase() === 'k')) && !$('pagefind-modal dialog[open]')) {
    event.preventDefault();
    openSearch();
  }
  // "[" and "]" go to the previous and next page.
  if ((key === '[' || key === ']') && plain) $<HTMLAnchorElement>(`.pagination a[rel="${key === '[' ? 'prev' : 'next'}"]`)?.click();
});

// Link previews: their code loads when the reader first points at, focuses or presses a link.
const intents = ['pointerover', 'focusin', 'pointerdown'];
function firstIntent(event: Event): void {
  if (!(event.target as Element | null)?.closest?.('main a[href]')) return;
  for (const type of intents) document.removeEventListener(type, firstIntent);
  void load('linkPreview', linkPreviewUrl).then((start) => start(event));
}
if ($('[data-link-previews]')) for (const type of intents) on(type, firstIntent);

// Long courses: scroll the navigation (not the page) so the current page is in view, now and
// once styles and fonts have settled the sidebar's height.
const sidebar = $('#sidebar');
const current = sidebar?.querySelector<HTMLElement>('[aria-current="page"]');
const centre = (): void => {
  if (sidebar && current && sidebar.scrollHeight > sidebar.clientHeight) sidebar.scrollTop = current.offsetTop - sidebar.clientHeight / 2;
};
centre();

const serviceWorker = $('[data-service-worker]')?.dataset;
const loaded = (): void => {
  centre();
  // The offline service worker, unless the site turned offline reading off.
  if (serviceWorker && 'serviceWorker' in navigator) void navigator.serviceWorker.register(serviceWorker['serviceWorker']!, { scope: serviceWorker['scope']! }).catch(() => {});
};
if (document.readyState === 'complete') loaded();
else addEventListener('load', loaded, { once: true });

// Once the browser is idle: the section being read in the table of contents, and the reader's progress.
const idle = (): void => {
  if ($('.toc a')) void load('toc', tocUrl).then((mark) => mark());
  const progress = $('[data-progress-config]');
  if (progress) void load('progress', progressUrl).then((start) => start(progress));
};
if ('requestIdleCallback' in window) requestIdleCallback(idle, { timeout: 3000 });
else setTimeout(idle, 200);

/** Cycles system -> light -> dark; CSS shows the label of the current choice. */
function cycleTheme(): void {
  const root = document.documentElement;
  const order = ['system', 'light', 'dark'];
  const next = order[(order.indexOf(root.dataset['theme'] ?? 'system') + 1) % 3]!;
  try {
    if (next === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', next);
  } catch {
    // Storage can be off (private windows); the choice then lasts for this page only.
  }
  if (next === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = next;
}

async function copyCode(button: HTMLButtonElement): Promise<void> {
  const pre = button.parentElement?.querySelector('pre');
  if (!pre) return;
  let text = pre.textContent ?? '';
  // A shell session: copy the commands without their prompt, and not their output.
  const prompt = pre.dataset['prompt'];
  if (prompt) {
    text = text
      .split('\n')
      .filter((line) => line.startsWith(prompt))
      .map((line) => line.slice(prompt.length))
      .join('\n');
  }
  await navigator.clipboard.writeText(text);
  const label = button.textContent;
  const status = button.nextElementSibling;
  const copied = button.dataset['copied'] ?? '';
  button.textContent = copied;
  if (status) status.textContent = copied;
  setTimeout(() => {
    button.textContent = label;
    if (status) status.textContent = '';
  }, 2000);
}
