// The search dialog and page on the built site under /some-repo/.
import { expect, test, type Page } from '@playwright/test';
import { searchPartOf } from '../../src/lib/search.ts';

const dialog = (page: Page) => page.locator('pagefind-modal dialog');
// The first query loads the engine, its index and the fragments it checks terms in: on a busy
// machine that takes longer than expect's default wait.
const FIRST_RESULTS = { timeout: 20_000 };

test('no search code loads until the reader opens search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('etcd/raft-共识/');
  // Not 'networkidle' (flaky under load): the page has loaded and the browser has had an idle moment, when deferred code would start.
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })));
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  expect(requests.some((url) => url.endsWith('/some-repo/pagefind/pagefind-component-ui.js'))).toBe(true);
});

test('"/" opens search; a Chinese query finds the note; Enter follows it and the terms are marked', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('准入控制');
  const first = page.locator('.search-hit').first();
  await expect(first.locator('.search-hit-title')).toContainText('准入控制', FIRST_RESULTS);
  await expect(first.locator('.search-hit-section')).toContainText('kube-apiserver');
  await expect(first.locator('.search-hit-excerpt mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first.locator('a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/some-repo\/apiserver\/.*pagefind-highlight=/);
  await expect(page.locator('h1')).toContainText('准入控制');
  await expect(page.locator('[data-pagefind-body] mark.pagefind-highlight').first()).toBeVisible();
});

test('the dialog searches every part of the index (the tests build it in three) and finds notes from each', async ({ page }) => {
  const entries: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('pagefind-entry.json') || request.url().includes('pagefind-entry.json?')) entries.push(new URL(request.url()).pathname);
  });
  await page.goto('./');
  const parts = 1 + ((JSON.parse((await page.locator('.search-root').getAttribute('data-search-options')) ?? '{}') as { mergeIndex?: unknown[] }).mergeIndex?.length ?? 0);
  expect(parts).toBe(3);
  await page.keyboard.press('/');
  // The dialog is built when search first opens: type once it is there.
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('调度');
  await expect(page.locator('.search-hit').first()).toBeVisible(FIRST_RESULTS);
  expect(new Set(entries)).toEqual(new Set(['/some-repo/pagefind/', '/some-repo/pagefind/part-1/', '/some-repo/pagefind/part-2/'].map((dir) => `${dir}pagefind-entry.json`)));
  // The hits come from every part ("调度" is in notes all over the course).
  await expect.poll(async () => (await page.locator('.search-hit-link').count()) > 5, FIRST_RESULTS).toBe(true);
  const ids = await page.locator('.search-hit-link').evaluateAll((links) => links.map((link) => decodeURIComponent((link as HTMLAnchorElement).pathname).replace(/^\/some-repo\/|\/$/g, '')));
  expect(new Set(ids.map((id) => searchPartOf(id, parts)))).toEqual(new Set([0, 1, 2]));
});

test('Ctrl+K opens search and Escape closes it, returning focus', async ({ page }) => {
  await page.goto('./');
  const trigger = page.locator('[data-search-open]');
  await trigger.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(page.locator('pagefind-modal input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('a module filter narrows the results to that module', async ({ page }) => {
  await page.goto('./');
  await page.locator('[data-search-open]').click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('调度');
  const hits = page.locator('.search-hit');
  await expect(hits.first()).toBeVisible(FIRST_RESULTS);
  const sections = async () => (await page.locator('.search-hit-section').allTextContents()).map((text) => text.trim());
  await expect.poll(async () => new Set(await sections()).size).toBeGreaterThan(1);
  const dropdown = page.locator('pagefind-filter-dropdown[filter="module"]');
  await dropdown.locator('button').first().click();
  await dropdown.getByRole('option', { name: /控制平面/ }).first().click();
  // While the filtered results load the list is empty for a moment: wait for a full one.
  await expect.poll(async () => {
    const shown = await sections();
    return shown.length > 0 && shown.every((section) => section.endsWith('控制平面'));
  }, FIRST_RESULTS).toBe(true);
});

test('the search page takes its query from the URL and keeps it there', async ({ page }) => {
  await page.goto('search/?q=' + encodeURIComponent('调度器'));
  await expect(page.locator('pagefind-input input')).toHaveValue('调度器');
  // The results are the query's: the scheduler note among the first three (search-quality.spec.ts tests the ranking).
  await expect.poll(async () => (await page.locator('.search-hit-title').allTextContents()).slice(0, 3).some((title) => title.includes('调度器')), FIRST_RESULTS).toBe(true);
  await page.locator('pagefind-input input').fill('etcd 备份');
  await expect(page).toHaveURL(/q=etcd(\+|%20)%E5%A4%87%E4%BB%BD/);
});

test('without JavaScript the search page says what to do', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('search/');
  await expect(page.locator('.search-page')).toContainText('搜索需要 JavaScript');
  await context.close();
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('filter dropdowns open on screen, and Escape closes the dropdown before the dialog', async ({ page }) => {
    await page.goto('./');
    await page.locator('[data-search-open]').click();
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.type('调度');
    await expect(page.locator('.search-hit').first()).toBeVisible(FIRST_RESULTS);
    for (const filter of ['track', 'module']) {
      const dropdown = page.locator(`pagefind-filter-dropdown[filter="${filter}"]`);
      const trigger = dropdown.locator('.pf-dropdown-trigger');
      await trigger.click();
      const menu = dropdown.locator('.pf-dropdown-menu');
      await expect(menu).toBeVisible();
      const box = await menu.boundingBox();
      expect(box?.x, `${filter} menu starts on screen`).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0), `${filter} menu ends on screen`).toBeLessThanOrEqual(360);
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(dialog(page)).toBeVisible();
      await expect(trigger).toBeFocused();
    }
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  });
});

test('results hold every term; when none does, partial matches come under a heading', async ({ page }) => {
  await page.goto('search/?q=' + encodeURIComponent('灰度发布'));
  const titles = page.locator('.search-hit-title');
  await expect(titles.first()).toBeVisible(FIRST_RESULTS);
  await expect(page.locator('[data-search-partial]')).toBeHidden();
  await expect(titles).not.toContainText(['内存分配']);
  await page.locator('pagefind-input input').fill('调度器 量子计算');
  await expect(page.locator('[data-search-partial]')).toBeVisible();
  await expect(page.locator('[data-search-partial]')).toContainText('部分匹配');
  await expect(titles.first()).toBeVisible();
});

test('marks inside a word leave no gap: no padding on search marks', async ({ page }) => {
  await page.goto('search/?q=' + encodeURIComponent('逃逸分析'));
  const mark = page.locator('.search-hit-excerpt mark').first();
  await expect(mark).toBeVisible(FIRST_RESULTS);
  expect(await mark.evaluate((element) => getComputedStyle(element).paddingInline)).toBe('0px');
});

test('the search page filters by tag without a query', async ({ page }) => {
  await page.goto('search/');
  const dropdown = page.locator('pagefind-filter-dropdown[filter="tag"]');
  await dropdown.locator('.pf-dropdown-trigger').click();
  await dropdown.getByRole('option', { name: /^etcd/ }).first().click();
  const hits = page.locator('.search-hit');
  await expect(hits.first()).toBeVisible(FIRST_RESULTS);
  await expect(page.locator('pagefind-summary')).toContainText(/\d/);
});
