// Offline reading (issue 13): a service worker that keeps what the reader has opened (pages,
// their styles and images, the search index once searched) so it opens without a network.
// One cache per build: a new build ships a new worker (its build id differs), whose activation
// deletes the old cache. With `offline: false` the worker served instead removes itself and
// its caches, for readers who had it.

/** Where the worker lives under the base path; its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';
/** Every cache of ours starts so; others on the same origin are left alone. */
export const CACHE_PREFIX = 'study-notes-';

interface WorkerScope {
  location: Location;
  registration: { unregister(): Promise<boolean> };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: string, listener: (event: never) => void): void;
}
interface ExtendableEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

/**
 * The worker itself. Runs in the browser: it may only use its parameters and browser globals.
 * With a cache name it keeps the pages opened; with none (offline reading turned off) it deletes
 * our caches and unregisters itself. Either way a new worker takes over at once and drops the
 * caches of other builds.
 */
function serviceWorker(cacheName: string | null, base: string, prefix: string): void {
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('install', () => void scope.skipWaiting());
  scope.addEventListener('activate', (event: ExtendableEvent) => {
    event.waitUntil(
      caches
        .keys()
        .then((keys) => Promise.all(keys.filter((key) => key.startsWith(prefix) && key !== cacheName).map((key) => caches.delete(key))))
        .then(async () => {
          if (cacheName) await scope.clients.claim();
          else await scope.registration.unregister();
        }),
    );
  });
  if (!cacheName) return;
  const name = cacheName;
  // Pages: the network first (a new build shows at once), the copy kept when offline. Query
  // strings (?q=, ?pagefind-highlight=) do not change a page's HTML, so one copy serves all.
  async function page(request: Request): Promise<Response> {
    const cache = await caches.open(name);
    const key = new URL(request.url);
    key.search = '';
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(key.href, response.clone());
      return response;
    } catch (error) {
      const kept = await cache.match(key.href);
      if (kept) return kept;
      throw error;
    }
  }
  // Everything else (hashed scripts and styles, the search index, previews, images): from this
  // build's cache when there, else from the network, then kept. Kept without the query string:
  // Pagefind asks for pagefind-entry.json?ts=<now> each time, and a static file is one file.
  async function file(request: Request): Promise<Response> {
    const cache = await caches.open(name);
    const key = new URL(request.url);
    key.search = '';
    const kept = await cache.match(key.href);
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok) await cache.put(key.href, response.clone());
    return response;
  }
  scope.addEventListener('fetch', (event: FetchEvent) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== scope.location.origin || !url.pathname.startsWith(base)) return;
    event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
  });
}

/** The source of sw.js for a build. */
export function serviceWorkerSource(options: { buildId: string; base: string; enabled: boolean }): string {
  const cacheName = options.enabled ? CACHE_PREFIX + options.buildId : null;
  const call = `(${serviceWorker.toString()})(${JSON.stringify(cacheName)}, ${JSON.stringify(options.base)}, ${JSON.stringify(CACHE_PREFIX)});`;
  return `// Study Notes offline reading, build ${options.buildId}\n'use strict';\n${call}\n`;
}
