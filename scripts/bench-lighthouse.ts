// Benchmark: Lighthouse (mobile, simulated throttling) on the home page and a note page of the
// built site, served like GitHub Pages (gzip, base path). Prints the four category scores and the
// compressed bytes of HTML, CSS, JS and fonts each page transfers before the reader does anything.
// Targets: accessibility, best practices and SEO 100; performance 95+; a note page under 15 KB of JS.
// Usage: npm run build && npm run bench:lighthouse [-- --dir dist]
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { siteConfig } from '../src/lib/config.ts';
import { noteWeights } from './bench-page-weight.ts';
import { startPreview } from './serve.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' }, port: { type: 'string', default: '4466' } } });
// The heaviest note is whichever weighs most in this build (gzipped HTML, as bench:weight finds it).
const weights = noteWeights(values.dir, siteConfig.base);
const heaviest = weights.reduce((a, b) => (b.html > a.html ? b : a)).page;
const PAGES = { home: '', note: 'etcd/raft-共识/', 'heaviest note': heaviest };
const TYPES = { Document: 'HTML', Stylesheet: 'CSS', Script: 'JS', Font: 'fonts' } as const;

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

const server = await startPreview({ dir: values.dir, base: siteConfig.base, port: Number(values.port) });
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
let failed = false;
try {
  console.log(`Lighthouse on ${values.dir} at http://127.0.0.1:${values.port}${siteConfig.base}`);
  for (const [name, path] of Object.entries(PAGES)) {
    const url = `http://127.0.0.1:${values.port}${siteConfig.base}${encodeURI(path)}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.values(categories).map((category) => `${category.title} ${Math.round((category.score ?? 0) * 100)}`);
    const items = ((audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []);
    const bytes = Object.fromEntries(Object.entries(TYPES).map(([type, label]) => [label, items.filter((item) => item.resourceType === type).reduce((sum, item) => sum + (item.transferSize ?? 0), 0)]));
    console.log(`\n${name} (${path || '/'}): ${scores.join(', ')}`);
    console.log(`  transferred: ${Object.entries(bytes).map(([label, size]) => `${label} ${(size / 1024).toFixed(1)} KB`).join(', ')}`);
    console.log(`  LCP ${audits['largest-contentful-paint']?.displayValue}, TBT ${audits['total-blocking-time']?.displayValue}, CLS ${audits['cumulative-layout-shift']?.displayValue}`);
    const failedAudits = Object.values(audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary').map((audit) => audit.id);
    if (failedAudits.length > 0) console.log(`  not passed: ${failedAudits.join(', ')}`);
    const js = bytes['JS'] ?? 0;
    if (name === 'note' && js > 15 * 1024) {
      console.log(`  over budget: ${(js / 1024).toFixed(1)} KB of JS (target < 15 KB)`);
      failed = true;
    }
  }
} finally {
  chrome.kill();
  server.close();
}
process.exitCode = failed ? 1 : 0;
