// The reader's progress on the page, loaded when the browser is idle (src/scripts/page.ts): the
// "标记为已学" button and reaching the end of a note, read marks in the navigation and on the
// course map, module progress (x / n), and "继续学习" on the home page. Nothing here is needed to
// read a note; without JavaScript or storage the page simply shows no progress.
import { isRead, markReachedEnd, moduleProgress, progressKey, readProgress, setLastOpened, setRead, updateProgress, type Progress } from '../../lib/progress/store.ts';
import { PROGRESS_STRINGS, scriptLocale } from '../../lib/script-strings.ts';
import { handOver } from '../features.ts';

type Strings = (typeof PROGRESS_STRINGS)['en'];

/** Module id -> its note ids, in reading order (written by src/pages/course-index.json.ts). */
type CourseIndex = Record<string, string[]>;

export function startProgress(config: HTMLElement): void {
  const base = config.dataset['base'] ?? '/';
  const strings = PROGRESS_STRINGS[scriptLocale(document.documentElement.lang)];
  const storage = safeStorage();
  if (!storage) return;
  let progress = readProgress(storage, base);
  let index: CourseIndex | undefined;

  const render = () => {
    markLinks(progress, base, strings);
    if (index) renderModules(progress, index, strings);
    if (index) renderContinue(progress, index, base, strings);
    if (toggle) renderToggle(toggle, progress);
  };

  const toggle = document.querySelector<HTMLButtonElement>('[data-progress-toggle]');
  const status = document.querySelector<HTMLElement>('[data-progress-status]');
  if (toggle) {
    const id = toggle.dataset['note'] ?? '';
    progress = updateProgress(storage, base, (stored) => setLastOpened(stored, id, toggle.dataset['title'] ?? id, Date.now()));
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const read = !isRead(readProgress(storage, base), id);
      progress = updateProgress(storage, base, (stored) => setRead(stored, id, read, Date.now()));
      if (status) status.textContent = read ? strings.markedRead : strings.markedUnread;
      render();
    });
    watchEnd(toggle, () => {
      const before = readProgress(storage, base);
      progress = updateProgress(storage, base, (stored) => markReachedEnd(stored, id, Date.now()));
      if (!isRead(before, id) && isRead(progress, id) && status) status.textContent = strings.reachedEnd;
      render();
    });
  }

  // Another tab marked a note: show it here too.
  addEventListener('storage', (event) => {
    if (event.key !== progressKey(base)) return;
    progress = readProgress(storage, base);
    render();
  });

  render();
  if (document.querySelector('.module-progress, [data-continue]')) {
    void fetch(config.dataset['index'] ?? `${base}course-index.json`)
      .then((response) => (response.ok ? (response.json() as Promise<CourseIndex>) : undefined))
      .then((loaded) => {
        index = loaded;
        render();
      })
      .catch(() => undefined);
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The end of the note (the button sits right after it) coming into view after the reader
 * scrolled counts as reading the note. A note that fits the window without scrolling is not
 * marked by merely opening it.
 */
function watchEnd(end: HTMLElement, reached: () => void): void {
  let scrolled = false;
  const observer = new IntersectionObserver((entries) => {
    if (!scrolled || !entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    reached();
  });
  observer.observe(end);
  // Observing again reports where the end is now: already in view after the first scroll counts.
  addEventListener(
    'scroll',
    () => {
      scrolled = true;
      observer.unobserve(end);
      observer.observe(end);
    },
    { once: true, passive: true },
  );
}

function renderToggle(toggle: HTMLButtonElement, progress: Progress): void {
  toggle.setAttribute('aria-pressed', String(isRead(progress, toggle.dataset['note'] ?? '')));
}

/** Note id of a link to a note page under the base path, e.g. "/repo/etcd/raft/" -> "etcd/raft". */
function noteIdOf(href: string, base: string): string | undefined {
  let path: string;
  try {
    path = decodeURI(new URL(href, location.href).pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  return path.slice(base.length).replace(/\/$/, '') || undefined;
}

/**
 * Read notes: a mark on navigation and home-page links, data-read on course-map nodes (whose
 * colour CSS changes) with the word in their accessible name.
 */
function markLinks(progress: Progress, base: string, strings: Strings): void {
  for (const link of document.querySelectorAll<HTMLElement | SVGElement>('#sidebar a[href], .module-card a[href], [data-note]')) {
    const id = link.dataset['note'] ?? noteIdOf(link.getAttribute('href') ?? '', base);
    if (!id) continue;
    const read = isRead(progress, id);
    link.toggleAttribute('data-read', read);
    if (link instanceof SVGElement) {
      // A map node: its name is its aria-label (its drawn label may be shortened).
      const label = (link.dataset['label'] ??= link.getAttribute('aria-label') ?? '');
      link.setAttribute('aria-label', read ? `${label}${strings.readSuffix}` : label);
      continue;
    }
    let mark = link.querySelector('.read-mark');
    if (read && !mark) {
      mark = Object.assign(document.createElement('span'), { className: 'read-mark' });
      mark.innerHTML = `<span aria-hidden="true">✓</span><span class="sr-only">${strings.read}</span>`;
      link.append(mark);
    } else if (!read) {
      mark?.remove();
    }
  }
}

function renderModules(progress: Progress, index: CourseIndex, strings: Strings): void {
  for (const element of document.querySelectorAll<HTMLElement>('.module-progress[data-module]')) {
    const ids = index[element.dataset['module'] ?? ''];
    if (!ids || ids.length === 0) continue;
    const { read, total } = moduleProgress(progress, ids);
    element.innerHTML = `<span aria-hidden="true">${read} / ${total}</span><span class="sr-only">${strings.moduleProgressText.replace('{read}', String(read)).replace('{total}', String(total))}</span>`;
    element.toggleAttribute('data-complete', read === total);
  }
}

function renderContinue(progress: Progress, index: CourseIndex, base: string, strings: Strings): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-continue]');
  const last = progress.last;
  if (!link || !last || !Object.values(index).some((ids) => ids.includes(last.id))) return;
  link.href = `${base}${last.id}/`;
  link.textContent = `${strings.continueReading}${last.title} →`;
  link.hidden = false;
}

handOver('progress', startProgress);
