// Benchmark: what a note page weighs before the reader does anything, read from the built site:
// gzipped HTML (median and heaviest course note), inline <style> bytes, and the gzipped
// JavaScript the page loads eagerly (inline module scripts, their static imports and <script src>).
// Budgets (issue 13): median note <= 20 KB of gzipped HTML, heaviest <= 70 KB, eager JS <= 3 KB.
// Usage: npm run build && npm run bench:weight [-- --dir dist] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../src/lib/files.ts';

export const BUDGETS = { medianHtml: 20 * 1024, heaviestHtml: 70 * 1024, eagerJs: 3 * 1024 };
/** What the tests hold note pages to: the budget of issues 13 and 14 itself. */
export const EAGER_JS_LIMIT = BUDGETS.eagerJs;

export interface PageWeight {
  page: string;
  html: number;
  inlineStyle: number;
  eagerJs: number;
}

const gzip = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** A note page holds a note's article, the part of the site search indexes, and its prose. */
export function isNotePage(html: string): boolean {
  return /<article\b[^>]*\sdata-pagefind-body/.test(html) && html.includes('class="prose');
}

/** Weights of every note page in a built site. */
export function noteWeights(dir: string, base = '/'): PageWeight[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }))
    .filter(({ html }) => isNotePage(html))
    .map(({ file, html }) => ({
      page: file.replace(/index\.html$/, ''),
      html: gzip(html),
      inlineStyle: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[1] ?? ''), 0),
      eagerJs: eagerScriptBytes(dir, base, html),
    }));
}

/** Gzipped bytes of the scripts a page runs on load: inline ones, src ones, and what they import statically. */
function eagerScriptBytes(dir: string, base: string, html: string): number {
  const seen = new Set<string>();
  let total = 0;
  const addFile = (url: string): void => {
    const path = join(dir, decodeURI(url.startsWith(base) ? url.slice(base.length) : url));
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    total += gzip(code);
    staticImports(code).forEach((spec) => addFile(new URL(spec, `http://x${url}`).pathname));
  };
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="(?!module)[^"]+"/.test(attributes)) continue; // templates, JSON data
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) addFile(src);
    else {
      total += gzip(body);
      staticImports(body).forEach((spec) => addFile(spec));
    }
  }
  return total;
}

/** `import … from "x"` and `import "x"`, not `import("x")`: dynamic imports load on first use. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((match) => match[1]!);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, json: { type: 'boolean', default: false } } });
  const weights = noteWeights(values.dir, values.base);
  const heaviest = weights.reduce((a, b) => (b.html > a.html ? b : a));
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const report = {
    notes: weights.length,
    medianHtml: median(weights.map((w) => w.html)),
    heaviest: heaviest.page,
    heaviestHtml: heaviest.html,
    medianInlineStyle: median(weights.map((w) => w.inlineStyle)),
    heaviestInlineStyle: heaviest.inlineStyle,
    maxEagerJs: Math.max(...weights.map((w) => w.eagerJs)),
  };
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.notes} note pages in ${values.dir}`);
    console.log(`  gzipped HTML: median ${kb(report.medianHtml)} (budget ${kb(BUDGETS.medianHtml)}), heaviest ${kb(report.heaviestHtml)} ${report.heaviest} (budget ${kb(BUDGETS.heaviestHtml)})`);
    console.log(`  inline <style> before gzip: median ${kb(report.medianInlineStyle)}, heaviest page ${kb(report.heaviestInlineStyle)}`);
    console.log(`  eager JavaScript, gzipped: at most ${kb(report.maxEagerJs)} (budget ${kb(BUDGETS.eagerJs)})`);
  }
  const over = report.medianHtml > BUDGETS.medianHtml || report.heaviestHtml > BUDGETS.heaviestHtml || report.maxEagerJs > BUDGETS.eagerJs;
  process.exitCode = over ? 1 : 0;
}
