// Reading progress in the browser: "标记为已学", reaching the end of a note, module progress in
// the navigation and on the home page, "继续学习", and the note page's eager JavaScript budget.
import { EAGER_JS_LIMIT } from '../../scripts/bench-page-weight.ts';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { notesOf } from './course-index.ts';

const NOTE = 'etcd/raft-共识/';
const NOTE_TITLE = /Raft 共识/;
const KEY = 'study-notes:/some-repo/:progress';

/** The toggle appears once the progress script has loaded (when the browser is idle). */
async function toggleOf(page: Page) {
  const toggle = page.getByRole('button', { name: '标记为已学' });
  await expect(toggle).toBeVisible();
  return toggle;
}

test('marking a note: the toggle is announced, the state survives a reload, the navigation shows it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(NOTE);
  const toggle = await toggleOf(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // Scrolling to the button reaches the end of the note, which marks it; the button unmarks it and marks it again.
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: '已取消“已学”标记' })).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '已标记为已学' })).toBeVisible();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').notes['etcd/raft-共识']).toMatchObject({ read: true, by: 'button' });

  await page.reload();
  await expect(await toggleOf(page)).toHaveAttribute('aria-pressed', 'true');
  const link = page.locator('#sidebar a[aria-current="page"]');
  await expect(link.locator('.read-mark')).toHaveText('✓已学');
  await expect(page.locator('#sidebar .module-progress[data-module="etcd"]')).toContainText(`1 / ${await etcdNotes(page)}`);
  await expect(page.locator('#sidebar .module-progress[data-module="etcd"] .sr-only')).toHaveText(`已学 1 篇，共 ${await etcdNotes(page)} 篇`);

  // And back: unmarked, the counts follow.
  await (await toggleOf(page)).click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: '已取消' })).toBeVisible();
  await expect(page.locator('#sidebar .module-progress[data-module="etcd"]')).toContainText(`0 / ${await etcdNotes(page)}`);
  await expect(link.locator('.read-mark')).toHaveCount(0);
});

test('reaching the end of a note marks it read; a note the reader unmarked stays unmarked', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('etcd/watch-与-lease/');
  const toggle = await toggleOf(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '已读到结尾' })).toBeVisible();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await page.mouse.wheel(0, 100_000);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  await expect(await toggleOf(page)).toHaveAttribute('aria-pressed', 'false');
});

test('opening a note without scrolling does not mark it', async ({ page }) => {
  await page.goto('etcd/运维与故障/');
  await expect(await toggleOf(page)).toHaveAttribute('aria-pressed', 'false');
});

test('home page: module progress in each card, and "继续学习" goes to the last note opened', async ({ page }) => {
  // Five page loads: more than the default allows on a busy two-core machine.
  test.setTimeout(90_000);
  await page.goto('./');
  // A first visit: nothing to continue.
  await expect(page.locator('.module-card .module-progress[data-module="etcd"]')).toContainText(`0 / ${await etcdNotes(page)}`);
  await expect(page.locator('[data-continue]')).toBeHidden();

  await page.goto(NOTE);
  const toggle = await toggleOf(page);
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('go-advanced/gmp-调度/');
  await toggleOf(page);

  await page.goto('./');
  await expect(page.locator('.module-card .module-progress[data-module="etcd"]')).toContainText(`1 / ${await etcdNotes(page)}`);
  await expect(page.locator('.module-card .module-progress[data-module="go-advanced"]')).toContainText(`0 / ${await notesOf(page, 'go-advanced')}`);
  const resume = page.getByRole('link', { name: /^继续学习：/ });
  await expect(resume).toContainText('GMP');
  await resume.click();
  await expect(page).toHaveURL(/\/some-repo\/go-advanced\/gmp-%E8%B0%83%E5%BA%A6\/$/);
  // The home page's note lists mark what is read.
  await page.goto('./');
  await expect(page.locator('.module-card a', { hasText: NOTE_TITLE }).locator('.read-mark')).toBeVisible();
});

test('a note page keeps to the eager JavaScript limit before load, and progress comes only when idle', async ({ page }) => {
  const scripts: { url: string; body: Buffer; beforeLoad: boolean }[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const beforeLoad = !loaded;
    scripts.push({ url: response.url(), body: await response.body(), beforeLoad });
  });
  await page.goto(NOTE, { waitUntil: 'load' });
  const inline = await page.locator('script:not([src]):not([type="text/pagefind-template"]):not([type="application/json"])').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  const external = scripts.filter((script) => script.beforeLoad);
  const bytes = [...inline.map((text) => gzipSync(text).length), ...external.map((script) => gzipSync(script.body).length)].reduce((sum, size) => sum + size, 0);
  expect(bytes).toBeLessThanOrEqual(EAGER_JS_LIMIT);
  expect(external.map((script) => script.url).join('\n')).not.toMatch(/\/_astro\/ui-/);
  // Once idle, the progress script arrives.
  await toggleOf(page);
  expect(scripts.some((script) => /\/some-repo\/_astro\/ui-[\w-]+\.js$/.test(script.url))).toBe(true);
});

test('without storage (blocked) the note still reads and nothing breaks', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(NOTE);
  await expect(page.locator('h1')).toHaveText(NOTE_TITLE);
  // The progress script has loaded and run (it hands over its entry point, then page.ts starts it).
  await page.waitForFunction(() => (globalThis as { studyNotes?: { progress?: unknown } }).studyNotes?.progress !== undefined);
  await expect(page.locator('[data-progress-toggle]')).toBeHidden();
  expect(errors).toEqual([]);
  await context.close();
});

const etcdNotes = (page: Page) => notesOf(page, 'etcd');
