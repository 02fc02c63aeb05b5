// KaTeX's stylesheet and fonts, served from the site itself for the pages that have math
// (NoteLayout links the stylesheet only there). Only the woff2 fonts: every browser we support reads them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../lib/get-course.ts';

// The KaTeX that rehype-katex renders with (mermaid brings another version).
const fromRehypeKatex = createRequire(createRequire(import.meta.url).resolve('rehype-katex'));
const dist = join(dirname(fromRehypeKatex.resolve('katex/package.json')), 'dist');

// A build of a course without math has none (no page links them): 21 files fewer to write, twice
// (site and cache). The dev server always serves them: a note may get its first formula while it runs.
// cacheKey: the files change only with the KaTeX package, and a new lockfile rebuilds every page.
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV && !(await getCourse()).notes.some((note) => note.math)) return [];
  return [
    { params: { file: 'katex.min.css' }, cacheKey: 'katex.min.css' },
    ...readdirSync(join(dist, 'fonts'))
      .filter((font) => font.endsWith('.woff2'))
      .map((font) => ({ params: { file: `fonts/${font}` }, cacheKey: `fonts/${font}` })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  if (file.endsWith('.css')) {
    const css = readFileSync(join(dist, file), 'utf8').replace(/,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');
    return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  }
  return new Response(readFileSync(join(dist, file)), { headers: { 'Content-Type': 'font/woff2' } });
};
