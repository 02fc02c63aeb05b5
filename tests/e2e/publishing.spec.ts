// What search engines, feed readers and link previews see of the site built for GitHub Pages
// under /some-repo/ at https://example.github.io.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isNotePage } from '../../scripts/bench-page-weight.ts';

const dist = join(process.cwd(), 'dist-e2e');
const SITE = 'https://example.github.io';

/** Every note page of the build, as its absolute URL. */
function noteUrls(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => isNotePage(readFileSync(file, 'utf8')))
    .map((file) => `${SITE}/some-repo/${file.slice(dist.length + 1).replace(/index\.html$/, '')}`);
}

test('the sitemap and the feed list every note', () => {
  const notes = noteUrls();
  expect(notes.length).toBeGreaterThan(60);
  const sitemap = decodeURI(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'));
  const feed = decodeURI(readFileSync(join(dist, 'rss.xml'), 'utf8'));
  for (const url of notes) {
    expect(sitemap, url).toContain(`<loc>${url}</loc>`);
    expect(feed, url).toContain(`<link>${url}</link>`);
  }
  expect(feed.match(/<item>/g)).toHaveLength(notes.length);
  expect(sitemap).not.toContain('/404');
  // Pages marked noindex stay out of the sitemap.
  expect(sitemap).not.toContain('/search/');
  expect(sitemap).not.toMatch(/\/print\/</);
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/some-repo/sitemap-index.xml`);
});

test('a note page carries canonical, description, Open Graph, Twitter and theme-color meta', async ({ page }) => {
  await page.goto('etcd/raft-共识/');
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  await expect(page).toHaveTitle(/^Raft 共识.*\| 云原生训练营笔记$/);
  expect(decodeURI((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '')).toBe(`${SITE}/some-repo/etcd/raft-共识/`);
  expect(await meta('meta[name="description"]')).toMatch(/\S{10,}/);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:title"]')).toMatch(/^Raft 共识/);
  expect(await meta('meta[property="og:locale"]')).toBe('zh_CN');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');
  expect(await page.locator('meta[name="theme-color"]').count()).toBe(2);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/some-repo/favicon.svg');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/some-repo/rss.xml');
});

test('a note shows when it last changed and links to its source on GitHub', async ({ page }) => {
  await page.goto('etcd/raft-共识/');
  await expect(page.locator('.page-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const edit = page.getByRole('link', { name: '在 GitHub 上编辑此页' });
  expect(decodeURIComponent((await edit.getAttribute('href')) ?? '')).toBe('https://github.com/example/notes/edit/main/content/05-etcd/02-raft-共识.md');
});

test('the 404 and search pages are kept out of search engines', async ({ page }) => {
  await page.goto('no/such/page/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.goto('search/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
