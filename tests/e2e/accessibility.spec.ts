// Zero axe-core violations of the WCAG 2.2 AA rules on every kind of page, in both colour
// schemes; and the keyboard reaches everything with a visible focus.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGES = {
  home: './',
  module: 'etcd/',
  'note with diagrams and code': 'go-advanced/gmp-调度/',
  search: 'search/?q=%E8%B0%83%E5%BA%A6%E5%99%A8',
  '404': 'no/such/page/',
};

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map(({ id, help, nodes }) => `${id}: ${help}\n${nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 3).join(' ')}`).join('\n')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
        // axe checks the contrast of every SVG label of the diagrams: on two busy cores that takes
        // longer than the default 30 s (the dark scheme timed out while another build ran).
        test.slow();
        await page.goto(path);
        if (name === 'search') await expect(page.locator('.search-hit').first()).toBeVisible({ timeout: 20_000 });
        expect(await violations(page)).toEqual([]);
      });
    }

    test('the search dialog, open with results, has no violations', async ({ page }) => {
      test.slow();
      await page.goto('./');
      await page.keyboard.press('/');
      await expect(page.locator('pagefind-modal dialog')).toBeVisible();
      await page.keyboard.type('调度器');
      await expect(page.locator('pagefind-modal .search-hit').first()).toBeVisible({ timeout: 20_000 });
      expect(await violations(page)).toEqual([]);
    });
  });
}

// Issue 13's reading aids, on a phone and a wide screen.
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1400]) {
    test.describe(`${scheme} scheme at ${width} px`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: 800 } });

      test('a tag page and the page of all tags have no violations', async ({ page }) => {
        await page.goto('tags/etcd/');
        expect(await violations(page)).toEqual([]);
        await page.goto('tags/');
        expect(await violations(page)).toEqual([]);
      });

      test('a note with a link preview open has no violations', async ({ page }) => {
        await page.goto('etcd/raft-共识/');
        await page.locator('.prose a[href*="/etcd/"]:not([href^="#"])').first().focus();
        await expect(page.locator('.link-preview')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the search dialog with a filter dropdown open has no violations', async ({ page }) => {
        await page.goto('./');
        await page.keyboard.press('/');
        await expect(page.locator('pagefind-modal dialog')).toBeVisible();
        await page.keyboard.type('调度器');
        await expect(page.locator('pagefind-modal .search-hit').first()).toBeVisible({ timeout: 20_000 });
        await page.locator('pagefind-modal pagefind-filter-dropdown[filter="module"] .pf-dropdown-trigger').click();
        const menu = page.locator('pagefind-modal pagefind-filter-dropdown[filter="module"] .pf-dropdown-menu');
        await expect(menu).toBeVisible();
        // Opened before the filter counts arrive, Pagefind shows a passing "no filter" alert inside
        // the list, then the options: check the dropdown as the reader uses it, with its options.
        await expect(menu.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
        expect(await violations(page)).toEqual([]);
      });

      if (width === 360) {
        test('the table of contents sheet has no violations', async ({ page }) => {
          await page.goto('etcd/raft-共识/');
          await page.mouse.wheel(0, 3000);
          await page.locator('.reading-tools').getByRole('button', { name: '本页内容' }).click();
          await expect(page.locator('#toc')).toBeVisible();
          expect(await violations(page)).toEqual([]);
        });
      }
    });
  }
}

test('keyboard: skip link first, then the header; focus is always visible', async ({ page }) => {
  await page.goto('etcd/raft-共识/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // Tab through the start of the page: every focused element shows an outline.
  await page.goto('etcd/raft-共识/');
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'none';
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|0px$/);
  }
});

test('keyboard: sidebar groups open and close, and the table of contents is reachable', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('etcd/raft-共识/');
  const group = page.locator('#sidebar details').first();
  const summary = group.locator('summary');
  await summary.focus();
  const open = await group.evaluate((element) => (element as HTMLDetailsElement).open);
  await page.keyboard.press('Enter');
  expect(await group.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(!open);
  const tocLink = page.locator('.toc-aside a').first();
  await tocLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#/);
});
