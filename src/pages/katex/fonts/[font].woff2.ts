// /katex/fonts/<font>.woff2, the fonts KaTeX's stylesheet names (see ../_katex.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { KATEX_DIST, KATEX_FONTS, publishesKatex } from '../_katex.ts';

// cacheKey: the files change only with the KaTeX package, and a new lockfile rebuilds every page.
export const getStaticPaths = (async () => ((await publishesKatex()) ? KATEX_FONTS.map((font) => ({ params: { font }, cacheKey: `fonts/${font}.woff2` })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(KATEX_DIST, 'fonts', `${String(params.font)}.woff2`)), { headers: { 'Content-Type': 'font/woff2' } });
