// robots.txt pointing at the sitemap. (Crawlers read /robots.txt at a host's root: under a
// project path such as /repo/ it only matters once the site has its own domain.)
import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/config.ts';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? new URL(withBase(siteConfig.base, 'sitemap-index.xml'), site).href : withBase(siteConfig.base, 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
