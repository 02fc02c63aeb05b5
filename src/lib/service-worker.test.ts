import { describe, expect, test } from 'vitest';
import { serviceWorkerSource } from './service-worker.ts';

/** Runs sw.js in a stand-in worker scope: its listeners, caches and network are ours to drive. */
function runWorker(source: string, cacheNames: string[]) {
  const listeners = new Map<string, (event: unknown) => void>();
  const stores = new Map<string, Map<string, Response>>(cacheNames.map((name) => [name, new Map()]));
  const calls: string[] = [];
  let online = true;
  const scope = {
    location: { origin: 'https://example.github.io' },
    registration: { unregister: async () => (calls.push('unregister'), true) },
    clients: { claim: async () => void calls.push('claim') },
    skipWaiting: async () => void calls.push('skipWaiting'),
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  };
  const caches = {
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return { match: async (key: string) => store.get(key)?.clone(), put: async (key: string, response: Response) => void store.set(key, response) };
    },
  };
  const fetch = async (request: Request) => {
    if (!online) throw new TypeError('offline');
    return new Response(`from the network: ${new URL(request.url).pathname}`);
  };
  new Function('self', 'caches', 'fetch', source)(scope, caches, fetch);
  const dispatch = async (type: string, event: object = {}) => {
    let waited: unknown;
    let responded: Promise<Response> | undefined;
    listeners.get(type)?.({ ...event, waitUntil: (promise: unknown) => (waited = promise), respondWith: (response: Promise<Response>) => (responded = response) });
    await waited;
    return responded;
  };
  return { listeners, stores, calls, dispatch, goOffline: () => (online = false) };
}

// Node's Request cannot be made in "navigate" mode: a plain stand-in with what the worker reads.
const navigate = (url: string) => ({ request: { url, method: 'GET', mode: 'navigate' } });

describe('offline reading on', () => {
  const source = serviceWorkerSource({ buildId: 'abc123', base: '/repo/', enabled: true });

  test('activating drops the caches of other builds, keeps other sites\' caches, and takes over', async () => {
    const worker = runWorker(source, ['study-notes-old', 'study-notes-abc123', 'someone-else']);
    await worker.dispatch('activate');
    expect([...worker.stores.keys()].sort()).toEqual(['someone-else', 'study-notes-abc123']);
    expect(worker.calls).toEqual(['claim']);
  });

  test('a page opened once opens offline, whatever its query string', async () => {
    const worker = runWorker(source, []);
    const online = await worker.dispatch('fetch', navigate('https://example.github.io/repo/etcd/raft/?q=raft'));
    expect(await online?.text()).toBe('from the network: /repo/etcd/raft/');
    worker.goOffline();
    const offline = await worker.dispatch('fetch', navigate('https://example.github.io/repo/etcd/raft/'));
    expect(await offline?.text()).toBe('from the network: /repo/etcd/raft/');
    expect(worker.stores.has('study-notes-abc123')).toBe(true);
  });

  test('requests outside the base path or to other origins are left to the browser', async () => {
    const worker = runWorker(source, []);
    expect(await worker.dispatch('fetch', navigate('https://example.github.io/other/'))).toBeUndefined();
    expect(await worker.dispatch('fetch', navigate('https://cdn.example.com/repo/x.js'))).toBeUndefined();
  });
});

test('offline reading off: the worker deletes our caches, unregisters, and serves nothing', async () => {
  const source = serviceWorkerSource({ buildId: 'abc123', base: '/', enabled: false });
  const worker = runWorker(source, ['study-notes-old', 'study-notes-abc123', 'someone-else']);
  await worker.dispatch('activate');
  expect([...worker.stores.keys()]).toEqual(['someone-else']);
  expect(worker.calls).toEqual(['unregister']);
  expect(worker.listeners.has('fetch')).toBe(false);
});
