// /sw.js: the offline service worker of this build (src/lib/service-worker.ts).
import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/config.ts';
import { serviceWorkerSource } from '../lib/service-worker.ts';

// A new build, a new id: the browser then installs the new worker, which replaces the cache.
const buildId = Date.now().toString(36);

export const GET: APIRoute = () =>
  new Response(serviceWorkerSource({ buildId, base: siteConfig.base, enabled: siteConfig.offline }), {
    headers: { 'content-type': 'text/javascript' },
  });
