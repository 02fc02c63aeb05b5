// Link previews (issue 13): pointing at an internal link (after a short pause), focusing it, or
// a long press on a touch screen shows the target's title, where it sits, its description and
// its first paragraph (or the linked section's) in a small popover with a link to open it.
// Loaded on the first intent by src/scripts/page.ts; the data comes from the build's
// /previews/<n>.json, about 4 pages' previews to a file (src/lib/preview-files.ts; about
// 6 KB gzipped, where the target page alone is 20-30 KB).
import type { Preview } from '../lib/link-preview.ts';
import { previewFileIndex, previewFilePath } from '../lib/preview-files.ts';
import { PREVIEW_STRINGS, scriptLocale } from '../lib/script-strings.ts';
import { element } from './dom.ts';
import { handOver } from './features.ts';

const SHOW_DELAY = 350;
const HIDE_DELAY = 300;
const LONG_PRESS = 500;
/** The words of the page's language. */
const strings = () => PREVIEW_STRINGS[scriptLocale(document.documentElement.lang)];
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

const cache = new Map<string, Promise<Record<string, Preview> | undefined>>();
let popover: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let showTimer: number | undefined;
let hideTimer: number | undefined;
let pressTimer: number | undefined;
let pressed: HTMLAnchorElement | undefined;

/** The page a link previews and the file holding its preview, or undefined for links that have none (other sites, files, this page). */
export function previewOf(link: HTMLAnchorElement): { id: string; file: string } | undefined {
  if (link.closest('.link-preview, [data-no-preview]') || !link.closest('main')) return undefined;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE) || !url.pathname.endsWith('/')) return undefined;
  if (url.pathname === location.pathname) return undefined;
  let id: string;
  try {
    // A page's URL is the base, its id, and a slash (lib/paths.ts idToUrl).
    id = decodeURIComponent(url.pathname.slice(BASE.length, -1));
  } catch {
    return undefined;
  }
  const files = Number(document.querySelector('[data-link-previews]')?.getAttribute('data-link-previews')) || 1;
  return id ? { id, file: previewFilePath(BASE, previewFileIndex(id, files)) } : undefined;
}

/** A link's preview, from its file (fetched once for every page it holds). */
function load({ id, file }: { id: string; file: string }): Promise<Preview | undefined> {
  let previews = cache.get(file);
  if (!previews) {
    previews = fetch(file)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, Preview>>) : undefined))
      .catch(() => undefined);
    cache.set(file, previews);
  }
  return previews.then((all) => all?.[id]);
}

function ensurePopover(): HTMLElement {
  if (popover) return popover;
  popover = element('div', { class: 'link-preview' });
  popover.setAttribute('popover', 'manual');
  popover.setAttribute('role', 'dialog');
  popover.id = 'link-preview';
  popover.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  popover.addEventListener('pointerleave', scheduleHide);
  popover.addEventListener('focusout', (event) => {
    if (!isInside(event.relatedTarget)) scheduleHide();
  });
  document.body.append(popover);
  return popover;
}

function isInside(node: EventTarget | null): boolean {
  return node instanceof Node && (popover?.contains(node) === true || current?.contains(node) === true);
}

function render(target: HTMLElement, link: HTMLAnchorElement, preview: Preview): void {
  const hash = decodeURIComponent(new URL(link.href).hash.slice(1));
  const section = hash ? preview.sections[hash] : undefined;
  const title = element('p', { class: 'link-preview-title' }, preview.title);
  const parts: HTMLElement[] = [title];
  if (preview.where) parts.push(element('p', { class: 'link-preview-where' }, preview.where));
  if (section) parts.push(element('p', { class: 'link-preview-section' }, section.heading));
  else if (preview.description) parts.push(element('p', { class: 'link-preview-description' }, preview.description));
  const text = section?.text || preview.text;
  if (text) parts.push(element('p', { class: 'link-preview-text' }, text));
  const open = element('a', { class: 'link-preview-open' }, `${strings().previewOpen} →`) as HTMLAnchorElement;
  open.href = link.href;
  parts.push(open);
  target.replaceChildren(...parts);
  target.setAttribute('aria-label', strings().previewLabel.replace('%s', preview.title));
}

/** Beside the link: below it if there is room, else above; never off the screen's sides. */
function place(target: HTMLElement, link: HTMLAnchorElement): void {
  const box = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const margin = 8;
  const width = Math.min(352, innerWidth - 2 * margin);
  target.style.width = `${width}px`;
  const left = Math.min(Math.max(margin, box.left), innerWidth - width - margin);
  target.style.left = `${left}px`;
  const height = target.offsetHeight;
  const below = box.bottom + margin;
  target.style.top = `${below + height <= innerHeight || box.top - height - margin < 0 ? below : box.top - height - margin}px`;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const wanted = previewOf(link);
  if (!wanted) return;
  const preview = await load(wanted);
  if (!preview || current !== link) return;
  const target = ensurePopover();
  render(target, link, preview);
  if (!target.matches(':popover-open')) target.showPopover();
  place(target, link);
}

export function hide(): void {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  if (popover?.matches(':popover-open')) popover.hidePopover();
  current = undefined;
}

function scheduleHide(): void {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (!popover?.matches(':hover') && !isInside(document.activeElement)) hide();
  }, HIDE_DELAY);
}

function linkOf(event: Event): HTMLAnchorElement | undefined {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  return link instanceof HTMLAnchorElement && previewOf(link) ? link : undefined;
}

/** Start showing a link's preview after the pause; loading begins at once. */
function intend(link: HTMLAnchorElement): void {
  clearTimeout(hideTimer);
  if (current === link) return;
  clearTimeout(showTimer);
  current = link;
  const target = previewOf(link);
  if (target) void load(target);
  showTimer = window.setTimeout(() => void show(link), SHOW_DELAY);
}

function onIntent(event: Event): void {
  const link = linkOf(event);
  if (!link) return;
  if (event.type === 'pointerover' && (event as PointerEvent).pointerType === 'touch') return;
  if (event.type === 'pointerdown') {
    if ((event as PointerEvent).pointerType !== 'touch') return;
    pressed = undefined;
    clearTimeout(pressTimer);
    pressTimer = window.setTimeout(() => {
      pressed = link;
      current = undefined;
      intend(link);
      clearTimeout(showTimer);
      void show(link);
    }, LONG_PRESS);
    return;
  }
  intend(link);
}

/** Installs the listeners and handles the event that caused the loading. */
export function start(first: Event): void {
  for (const type of ['pointerover', 'focusin', 'pointerdown']) document.addEventListener(type, onIntent);
  for (const type of ['pointerup', 'pointercancel', 'pointermove']) {
    document.addEventListener(type, (event) => {
      if (type !== 'pointermove' || (event as PointerEvent).pointerType === 'touch') clearTimeout(pressTimer);
    });
  }
  document.addEventListener('pointerout', (event) => {
    if (linkOf(event) === current && !isInside(event.relatedTarget)) scheduleHide();
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event) === current && !isInside(event.relatedTarget)) scheduleHide();
  });
  // A long press shows the preview; the click that ends it must not follow the link.
  document.addEventListener('click', (event) => {
    if (pressed && linkOf(event) === pressed) event.preventDefault();
    pressed = undefined;
  }, true);
  document.addEventListener('contextmenu', (event) => {
    if (pressed && linkOf(event) === pressed) event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !popover?.matches(':popover-open')) return;
    const link = current;
    const focusInside = popover.contains(document.activeElement);
    hide();
    if (focusInside) link?.focus({ preventScroll: true });
  });
  document.addEventListener('pointerdown', (event) => {
    if (popover?.matches(':popover-open') && !isInside(event.target)) hide();
  });
  onIntent(first);
}

handOver('linkPreview', start);
