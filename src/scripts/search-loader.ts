// Loads Pagefind's Component UI on demand (the search page at load, other pages on first use), once, from the search bundle the build wrote, and
// adjusts it: precise results, Escape for the innermost open thing, named filter buttons.
import { RESULT_TEMPLATE } from '../lib/search-template.ts';
import { SEARCH_STRINGS, scriptLocale } from '../lib/script-strings.ts';
import { element } from './dom.ts';
import { handOver } from './features.ts';
import { makeSearchPrecise, type SearchInstance } from './search-precision.ts';

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
}

let loading: Promise<void> | undefined;

/** Adds the UI's stylesheet and script, configures the instance, and waits for its elements. */
export function loadSearchUi(root: HTMLElement): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    buildDialog(root);
    const bundle = root.dataset['searchBundle'] ?? '/pagefind/';
    const stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` });
    // Our theme overrides (src/styles/search.css) must come after Pagefind's own styles.
    document.head.prepend(stylesheet);
    const script = Object.assign(document.createElement('script'), { src: `${bundle}pagefind-component-ui.js` });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Could not load ${script.src}`)));
    document.head.append(script);
  }).then(async () => {
    const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    const instance = components?.configureInstance('default', JSON.parse(root.dataset['searchOptions'] ?? '{}') as Record<string, unknown>);
    // The search page lists a filter's notes without a query (e.g. every note with a tag).
    if (instance && root.hasAttribute('data-search-faceted')) instance.faceted = true;
    if (instance) makeSearchPrecise(instance, () => root.querySelectorAll<HTMLElement>('[data-search-partial]'));
    await customElements.whenDefined('pagefind-modal');
    nameFilterTriggers(root);
    closeInnermostOnEscape(root);
  });
  return loading;
}

/**
 * The header's dialog, built on first use rather than carried by every page: Pagefind's modal
 * with the query box, the track and module filters, the summary and our results list. The
 * search page has its own markup (src/pages/search.astro).
 */
function buildDialog(root: HTMLElement): void {
  if (!root.hasAttribute('data-search-dialog') || root.querySelector('pagefind-modal')) return;
  const strings = SEARCH_STRINGS[scriptLocale(document.documentElement.lang)];
  root.append(
    element(
      'pagefind-modal',
      {},
      element('pagefind-modal-header', {}, element('pagefind-input', { placeholder: strings.searchPlaceholder })),
      element(
        'pagefind-modal-body',
        {},
        element('div', { class: 'search-filters' }, element('pagefind-filter-dropdown', { filter: 'track', label: strings.filterTrack }), element('pagefind-filter-dropdown', { filter: 'module', label: strings.filterModule })),
        element('pagefind-summary'),
        element('h2', { class: 'search-partial', 'data-search-partial': '', hidden: '' }, strings.searchPartial),
        element('pagefind-results', { 'max-sub-results': '3' }, element('script', { type: 'text/pagefind-template' }, RESULT_TEMPLATE)),
      ),
      element('pagefind-modal-footer', {}, element('pagefind-keyboard-hints')),
    ),
  );
}

/**
 * Pagefind's filter dropdowns are buttons with role="combobox", which take no name from their
 * text, so screen readers announce them nameless (axe: button-name). Name each by its visible
 * label (and its count badge), now and whenever a dropdown re-renders.
 */
function nameFilterTriggers(root: HTMLElement): void {
  const name = () => {
    root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger').forEach((trigger, index) => {
      const parts = ['.pf-dropdown-trigger-label', '.pf-dropdown-selected-badge'].flatMap((selector, part) => {
        const element = trigger.querySelector<HTMLElement>(selector);
        if (!element) return [];
        element.id ||= `search-filter-${index}-${part}`;
        return [element.id];
      });
      if (parts.length > 0 && trigger.getAttribute('aria-labelledby') !== parts.join(' ')) trigger.setAttribute('aria-labelledby', parts.join(' '));
      // Its list of options took its name from the button (now named by reference, which does
      // not chain), and scrolls without a way in for the keyboard (axe: scrollable-region-focusable).
      const menu = document.getElementById(trigger.getAttribute('aria-controls') ?? '');
      const label = parts[0];
      for (const list of menu?.querySelectorAll('[role="listbox"]') ?? []) {
        if (label && list.getAttribute('aria-labelledby') !== label) list.setAttribute('aria-labelledby', label);
      }
      // The arrow keys on the button already move through the options; a tab stop on the list
      // lets it be scrolled too (Tab from the list closes the dropdown, as before).
      for (const scroller of [menu, ...(menu?.querySelectorAll('[role="listbox"]') ?? [])]) {
        if (scroller && !scroller.hasAttribute('tabindex')) scroller.setAttribute('tabindex', '0');
      }
    });
  };
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}

/**
 * The modal listens for Escape before anything inside it and closes itself, even when the
 * reader only meant to close a filter's dropdown. Listening earlier (on window, capturing),
 * close an open dropdown first and leave the dialog open.
 */
function closeInnermostOnEscape(root: HTMLElement): void {
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      for (const dropdown of root.querySelectorAll<HTMLElement & { isOpen?: boolean; close?: () => void }>('pagefind-filter-dropdown')) {
        if (!dropdown.isOpen) continue;
        event.preventDefault();
        event.stopPropagation();
        dropdown.close?.();
        return;
      }
    },
    { capture: true },
  );
}

/** The header's search dialog (Search.astro), opened from its button or shortcut (src/scripts/page.ts). */
export async function openSearch(root: HTMLElement): Promise<void> {
  await loadSearchUi(root);
  root.querySelector<HTMLElement & { open?: () => void }>('pagefind-modal')?.open?.();
}

handOver('search', openSearch);
