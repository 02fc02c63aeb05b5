// Benchmark: search on the built site. Prints, in one run: index build time and size (Pagefind's
// Node API over dist/, as the build does), and in headless Chromium the time from opening
// search to the first results for a cold first query and for warm ones, with bytes fetched.
// Usage: npm run build && npm run bench:search [-- --dir dist]
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { siteConfig } from '../src/lib/config.ts';
import { startPreview } from './serve.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4455' } } });
const QUERIES = ['调度器', 'etcd 备份', 'VirtualService', '优雅终止', 'GMP'];

// 1. Indexing, measured on its own (into a scratch folder, leaving the site's index alone).
const scratch = mkdtempSync(join(tmpdir(), 'bench-search-'));
let started = performance.now();
const { index } = await pagefind.createIndex({});
if (!index) throw new Error('Pagefind did not start');
const { page_count: pages } = await index.addDirectory({ path: values.dir });
await index.writeFiles({ outputPath: scratch });
await pagefind.close();
const indexMs = performance.now() - started;
const files = readdirSync(scratch, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
const bytes = (filter: (name: string) => boolean) =>
  files.filter((entry) => filter(entry.name)).reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
const indexBytes = bytes((name) => name.endsWith('.pf_index') || name.endsWith('.pf_fragment') || name.endsWith('.pf_meta') || name.endsWith('.pf_filter'));

console.log(`Index: ${pages} pages in ${indexMs.toFixed(0)} ms`);
console.log(`  index files ${(indexBytes / 1024).toFixed(0)} KB, whole bundle (with UI and wasm) ${(bytes(() => true) / 1024).toFixed(0)} KB`);

// 2. In the browser, against the site served like GitHub Pages.
const server = await startPreview({ dir: values.dir, base: siteConfig.base, port: Number(values.port) });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  let transferred = 0;
  page.on('response', async (response) => {
    if (response.url().includes('/pagefind/')) transferred += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`http://127.0.0.1:${values.port}${siteConfig.base}`);
  for (const [position, query] of QUERIES.entries()) {
    started = performance.now();
    if (position === 0) await page.keyboard.press('/');
    const input = page.locator('pagefind-modal input');
    await input.fill(query);
    await page.locator('.search-hit-title').first().waitFor();
    const ms = performance.now() - started;
    console.log(`  ${position === 0 ? 'first query (loads UI, index)' : 'next query'} "${query}": ${ms.toFixed(0)} ms to first result`);
    await input.fill('');
    await page.locator('.search-hit').first().waitFor({ state: 'detached' });
  }
  console.log(`  (the UI waits 300 ms after the last keystroke before searching; those times include it)`);
  console.log(`  fetched from /pagefind/ for these ${QUERIES.length} queries: ${(transferred / 1024).toFixed(0)} KB (uncompressed)`);

  // The engine alone, through Pagefind's JS API in a fresh page: search plus the first result's data.
  const fresh = await browser.newPage();
  await fresh.goto(`http://127.0.0.1:${values.port}${siteConfig.base}`);
  const timings = await fresh.evaluate(
    async ({ bundle, queries }) => {
      const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      const times: number[] = [];
      for (const query of queries) {
        const start = performance.now();
        const search = await pagefind.search(query);
        await search.results[0]?.data();
        times.push(performance.now() - start);
      }
      return times;
    },
    { bundle: `${siteConfig.base}pagefind/`, queries: QUERIES },
  );
  console.log(`  engine only: first query ${timings[0]?.toFixed(0)} ms (loads wasm and index), then ${timings.slice(1).map((ms) => ms.toFixed(0)).join(', ')} ms`);
} finally {
  await browser.close();
  server.close();
}
