// /katex/katex.min.css (see _katex.ts), without the fonts browsers we support do not need. A
// parameter for one file, so that a build without math can publish none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { KATEX_DIST, publishesKatex } from './_katex.ts';

// cacheKey: the file changes only with the KaTeX package, and a new lockfile rebuilds every page.
export const getStaticPaths = (async () => ((await publishesKatex()) ? [{ params: { name: 'katex.min' }, cacheKey: 'katex.min.css' }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const css = readFileSync(join(KATEX_DIST, 'katex.min.css'), 'utf8').replace(/,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
