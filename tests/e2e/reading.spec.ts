// Reading aids of issue 13 on the built site under /some-repo/: link previews, tag pages, the
// phone's reading tools, keyboard previous/next, the home page's width, offline reading.
import { expect, test, type Page } from '@playwright/test';

const NOTE = 'etcd/raft-共识/';
const preview = (page: Page) => page.locator('.link-preview');
/** A link from the note's body to another note. */
const noteLink = (page: Page) => page.locator('.prose a[href*="/etcd/"]:not([href^="#"])').first();

test.describe('link previews', () => {
  test('load on first hover only, show the target note, and close with Escape', async ({ page }) => {
    const previews: string[] = [];
    page.on('request', (request) => {
      if (/\/previews\/|link-preview/.test(request.url())) previews.push(request.url());
    });
    await page.goto(NOTE);
    // The page's idle-time script has run (it shows the progress toggle): what loads by itself has loaded.
    await expect(page.getByRole('button', { name: '标记为已学' })).toBeVisible();
    expect(previews).toEqual([]);
    const link = noteLink(page);
    const top = () => link.evaluate((element) => element.getBoundingClientRect().top + scrollY);
    const before = await top();
    await link.hover();
    await expect(preview(page)).toBeVisible();
    // Previews come in files of about 16 pages (src/lib/preview-files.ts).
    expect(previews.some((url) => /\/some-repo\/previews\/\d+\.json$/.test(url))).toBe(true);
    await expect(preview(page).locator('.link-preview-title')).not.toBeEmpty();
    await expect(preview(page).locator('.link-preview-text')).not.toBeEmpty();
    const open = preview(page).locator('.link-preview-open');
    expect(await open.evaluate((element: HTMLAnchorElement) => element.href)).toBe(await link.evaluate((element: HTMLAnchorElement) => element.href));
    // In the top layer: the link (and the text around it) did not move.
    expect(await top()).toBe(before);
    await page.keyboard.press('Escape');
    await expect(preview(page)).toBeHidden();
  });

  test('keyboard focus shows the preview too; a link to a section shows that section', async ({ page }) => {
    await page.goto(NOTE);
    const sectionLink = page.locator('.prose a[href*="/"][href*="#"]:not([href^="#"])').first();
    const href = decodeURIComponent((await sectionLink.getAttribute('href')) ?? '');
    await sectionLink.focus();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page).locator('.link-preview-section')).toBeVisible();
    expect(href).toContain('#');
  });

  test('no preview for links inside the preview', async ({ page }) => {
    await page.goto(NOTE);
    await noteLink(page).hover();
    await expect(preview(page)).toBeVisible();
    const title = await preview(page).locator('.link-preview-title').textContent();
    await preview(page).locator('.link-preview-open').hover();
    await page.waitForTimeout(800);
    await expect(preview(page)).toBeVisible();
    await expect(preview(page).locator('.link-preview-title')).toHaveText(title ?? '');
  });
});

test.describe('tags', () => {
  test('chips link to a page per tag, which lists its notes with module and description', async ({ page }) => {
    await page.goto(NOTE);
    const chip = page.locator('.tags a').first();
    const name = (await chip.textContent())?.trim() ?? '';
    await chip.click();
    await expect(page.locator('h1')).toContainText(name);
    const items = page.locator('.tagged-notes li');
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeGreaterThan(0);
    await expect(page.locator('.tagged-notes li', { hasText: 'Raft 共识' }).locator('.count')).toHaveText('etcd');
    await page.getByRole('link', { name: '全部标签' }).click();
    await expect(page.locator('h1')).toHaveText('全部标签');
    const etcd = page.locator('.tag-cloud a', { hasText: /^etcd/ }).first();
    await expect(etcd.locator('.count')).toHaveText(/^\d+$/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('"本页内容" opens the table of contents anywhere on the page; back to top returns', async ({ page }) => {
    await page.goto(NOTE);
    await page.mouse.wheel(0, 4000);
    const button = page.locator('.reading-tools').getByRole('button', { name: '本页内容' });
    await expect(button).toBeVisible();
    await button.click();
    const toc = page.locator('#toc');
    await expect(toc).toBeVisible();
    const second = toc.locator('a').nth(1);
    const hash = await second.getAttribute('href');
    await second.click();
    await expect(toc).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${encodeURI(decodeURIComponent(hash ?? '')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.locator('.reading-tools-top').click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(200);
  });

  test('above the note, "本页内容" opens the same table of contents, rendered once', async ({ page }) => {
    await page.goto(NOTE);
    const opener = page.getByRole('article').getByRole('button', { name: '本页内容' });
    await expect(opener).toBeInViewport();
    await expect(page.locator('.toc')).toHaveCount(1);
    await opener.click();
    const toc = page.locator('#toc');
    await expect(toc).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(toc).toBeHidden();
  });

  test('the navigation drawer has a close button', async ({ page }) => {
    await page.goto(NOTE);
    await page.locator('.menu-button').click();
    await expect(page.locator('#sidebar')).toBeVisible();
    await page.getByRole('button', { name: '关闭目录' }).click();
    await expect(page.locator('#sidebar')).toBeHidden();
  });

  test("a backlink's module label stays on one line", async ({ page }) => {
    await page.goto('etcd/数据模型与-mvcc/');
    const labels = page.locator('.backlinks li > .count');
    await expect(labels.first()).toBeAttached();
    for (const label of await labels.all()) {
      const lines = await label.evaluate((element) => element.getClientRects().length);
      expect(lines).toBe(1);
    }
  });
});

test('"[" and "]" go to the previous and next note', async ({ page }) => {
  await page.goto(NOTE);
  const next = await page.locator('.pagination a[rel="next"]').getAttribute('href');
  const previous = await page.locator('.pagination a[rel="prev"]').getAttribute('href');
  await page.keyboard.press(']');
  await expect(page).toHaveURL(new URL(next ?? '', page.url()).href);
  await page.goto(NOTE);
  await page.keyboard.press('[');
  await expect(page).toHaveURL(new URL(previous ?? '', page.url()).href);
});

test('at 1400 px the home page puts modules in four columns, each with a note count and a progress slot', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./');
  const cards = page.locator('.module-card');
  const columns = await page.locator('.module-grid').first().evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' ').length);
  expect(columns).toBeGreaterThanOrEqual(4);
  const grid = await page.locator('.module-grid').first().boundingBox();
  expect(1400 - ((grid?.x ?? 0) + (grid?.width ?? 0))).toBeLessThan(100);
  await expect(cards.first().locator('.count')).toHaveText(/\d+ 篇笔记/);
  await expect(cards.first().locator('.module-progress[data-module]')).toBeAttached();
});

test('pages once opened (and the search index once searched) open offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(NOTE);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load happened before the worker controlled the page: load it again, and search.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.keyboard.press('/');
  await expect(page.locator('pagefind-modal dialog')).toBeVisible();
  await page.keyboard.type('选举');
  await expect(page.locator('pagefind-modal .search-hit').first()).toBeVisible({ timeout: 20_000 });
  await context.setOffline(true);
  await page.goto(NOTE);
  await expect(page.locator('h1')).toContainText('Raft');
  await page.keyboard.press('/');
  await expect(page.locator('pagefind-modal dialog')).toBeVisible();
  await page.keyboard.type('选举');
  await expect(page.locator('pagefind-modal .search-hit').first()).toBeVisible({ timeout: 20_000 });
  await context.setOffline(false);
});
