// Home -> module -> note, the table of contents, the sidebar on a phone: on the built site,
// served under the base path /some-repo/ as GitHub Pages would.
import { expect, test } from '@playwright/test';

test('home -> module -> note, with breadcrumbs and the current note marked', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const card = page.locator('.module-card').first();
  const moduleTitle = (await card.locator('h3 a').textContent())?.trim() ?? '';
  await card.locator('h3 a').click();
  await expect(page).toHaveURL(/\/some-repo\/[^/]+\/$/);
  await expect(page.locator('h1')).toHaveText(moduleTitle);

  const firstNote = page.locator('.note-list a').first();
  const noteTitle = (await firstNote.textContent())?.trim() ?? '';
  await firstNote.click();
  await expect(page.locator('h1')).toHaveText(noteTitle);
  await expect(page.locator('.breadcrumbs')).toContainText(moduleTitle);
  await expect(page.locator('#sidebar a[aria-current="page"]')).toHaveText(noteTitle);
  await expect(page.locator('.page-meta')).toContainText(/阅读约 \d+ 分钟/);
});

test('on a wide screen the sidebar stays in place as the note scrolls, showing the current note', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto('capstone/bookinfo-全流程/');
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  const box = await page.locator('#sidebar').boundingBox();
  const header = await page.locator('.site-header').boundingBox();
  expect(box?.y).toBeCloseTo(header?.height ?? 0, 0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThanOrEqual(799);
  await expect(page.locator('#sidebar a[aria-current="page"]')).toBeInViewport();
});

test('every internal link on the home page stays under the base path', async ({ page }) => {
  await page.goto('./');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(20);
  for (const href of hrefs) expect(href).toMatch(/^\/some-repo\//);
});

test('a table-of-contents link lands on its heading and the TOC marks it', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./');
  await page.locator('.module-card ol a').first().click();
  const links = page.locator('.toc-aside a');
  // Wait for the note's page before counting (the click navigates).
  await expect(links.nth(2)).toBeAttached();
  const count = await links.count();
  expect(count).toBeGreaterThan(2);
  const target = links.nth(count - 1);
  const hash = (await target.getAttribute('href')) ?? '';
  await target.click();
  await expect(page).toHaveURL(new RegExp(`${encodeURI(hash).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const heading = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
  await expect(heading).toBeInViewport();
  await expect(target).toHaveAttribute('aria-current', 'true');
});

test('the theme toggle cycles system -> light -> dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const html = page.locator('html');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(html).not.toHaveAttribute('data-theme', /./);
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(15, 20, 25)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(15, 20, 25)');
  await expect(toggle).toContainText('深色');
  await toggle.click();
  await expect(html).not.toHaveAttribute('data-theme', /./);
  await page.reload();
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('with no stored choice the page follows the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
});

test('a note page carries only its own module’s notes; every other module links to its page, which lists them all', async ({ page }) => {
  await page.goto('etcd/raft-共识/');
  const sidebar = page.locator('#sidebar');
  await expect(sidebar.locator('details')).toHaveCount(1);
  await expect(sidebar.locator('details[open] a[aria-current="page"]')).toHaveCount(1);
  const others = sidebar.locator('a.module-link');
  expect(await others.count()).toBeGreaterThan(5);
  await others.first().click();
  await expect(page.locator('#module-notes')).toBeVisible();
  expect(await page.locator('.note-list > li').count()).toBeGreaterThan(0);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the sidebar opens from the menu button, closes with Escape, and navigates', async ({ page }) => {
    await page.goto('./');
    await page.locator('.module-card h3 a').first().click();
    const sidebar = page.locator('#sidebar');
    const menu = page.getByRole('button', { name: '目录' });
    await expect(sidebar).toBeHidden();
    await menu.click();
    await expect(sidebar).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await menu.click();
    const link = sidebar.locator('details[open] a').nth(1);
    const title = (await link.textContent())?.trim() ?? '';
    await link.click();
    await expect(page.locator('h1')).toHaveText(title);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('unknown paths get the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('./no/such/note/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
});

test('printing a note prints just the note', async ({ page }) => {
  await page.goto('etcd/raft-共识/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '#sidebar', '.toc-aside', '.breadcrumbs', '.pagination', '.site-footer']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator('article.note h1')).toBeVisible();
  await expect(page.locator('.prose')).toBeVisible();
});
