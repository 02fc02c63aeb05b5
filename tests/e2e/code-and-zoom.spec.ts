// Reading tools on the built course: code blocks (copy), the zoom viewer, tables that scroll
// in their own region, and the page-weight budgets of issue 13.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BUDGETS, EAGER_JS_LIMIT, median, noteWeights } from '../../scripts/bench-page-weight.ts';
import { BASE_PATH } from '../../playwright.config.ts';

const NOTE = 'go-advanced/gmp-调度/';
const TABLE_NOTE = 'intro/什么是云原生/';

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map(({ id, help, nodes }) => `${id}: ${help}\n${nodes.map((node) => `    ${node.target.join(' ')}`).join('\n')}`);
}

// Long notes, axe and a busy machine: every test here gets the slow (tripled) timeout.
test.slow();

/** The viewer's current scale, from the transform @panzoom/panzoom sets. */
const scale = (page: Page) => page.locator('.zoom-content').evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).a);

test('the copy button is reached by keyboard, copies a console session without prompts or output, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(NOTE);
  const block = page.locator('.code-block:has(pre[data-language="console"])').first();
  const button = block.locator('.code-copy');
  await block.locator('pre').focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(button).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(block.locator('[role="status"]')).toHaveText('已复制');
  await expect(button).toHaveText('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('./p\nGODEBUG=asyncpreemptoff=1 timeout 3 ./p; echo "exit=$?"');
});

test('a diagram opens full screen with Enter; keys and the wheel zoom; Esc closes and focus returns', async ({ page }) => {
  await page.goto(NOTE);
  const figure = page.locator('figure.diagram').first();
  const opener = figure.locator('.zoom-button');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.zoom-viewer');
  await expect(dialog).toBeVisible();
  // The caption (or the diagram's name) titles the viewer; the copy keeps the text alternative.
  const name = await figure.locator('.diagram-canvas').first().getAttribute('aria-label');
  await expect(dialog.locator('.zoom-content')).toHaveAttribute('aria-label', name ?? '');
  await expect(dialog).toHaveAccessibleName(/\S/);
  await expect(dialog.locator('.zoom-content svg')).toBeVisible();
  // The copy's ids do not clash with the page's.
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);

  await expect.poll(() => scale(page)).toBeGreaterThan(0);
  const fitted = await scale(page);
  await page.keyboard.press('+');
  await expect.poll(() => scale(page)).toBeGreaterThan(fitted);
  await page.keyboard.press('0');
  await expect.poll(() => scale(page)).toBeCloseTo(fitted, 2);
  const box = (await dialog.locator('.zoom-stage').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => scale(page)).toBeGreaterThan(fitted);
  const before = await dialog.locator('.zoom-content').evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).e);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => dialog.locator('.zoom-content').evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).e)).not.toBe(before);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('a click on the drawing opens the viewer too, and its close button closes it', async ({ page }) => {
  await page.goto(NOTE);
  await page.locator('figure.diagram .diagram-canvas:visible').first().click();
  const dialog = page.locator('dialog.zoom-viewer');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a wide table scrolls inside a focusable, named region; its columns stay readable', async ({ page }) => {
    await page.goto(TABLE_NOTE);
    const region = page.locator('.table-scroll').first();
    await expect(region).toHaveAttribute('role', 'region');
    await expect(region).toHaveAttribute('aria-label', /^表格：层面、内容/);
    await region.focus();
    await expect(region).toBeFocused();
    const { client, scroll } = await region.evaluate((element) => ({ client: element.clientWidth, scroll: element.scrollWidth }));
    expect(scroll).toBeGreaterThan(client);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // Columns keep a readable width instead of one character a line; the page itself never scrolls sideways.
    const widths = await region.locator('tr').first().locator('th, td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(90);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

for (const width of [360, 1400]) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

      // axe takes 20-40 s on a long note on a busy 2-core machine: one page per test.
      test('a note with diagrams and code has no WCAG 2.2 AA violations', async ({ page }) => {
        await page.goto(NOTE);
        expect(await violations(page)).toEqual([]);
      });

      test('a note with tables has no WCAG 2.2 AA violations', async ({ page }) => {
        await page.goto(TABLE_NOTE);
        expect(await violations(page)).toEqual([]);
      });

      test('the open zoom viewer has no WCAG 2.2 AA violations', async ({ page }) => {
        await page.goto(NOTE);
        await page.locator('figure.diagram .zoom-button').first().click();
        await expect(page.locator('dialog.zoom-viewer .zoom-content svg')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}

test('page weight: the median and heaviest notes and the JavaScript a note loads before interaction stay within budget', () => {
  const weights = noteWeights('dist-e2e', BASE_PATH);
  expect(weights.length).toBeGreaterThan(60);
  expect(Math.max(...weights.map((weight) => weight.html))).toBeLessThanOrEqual(BUDGETS.heaviestHtml);
  expect(Math.max(...weights.map((weight) => weight.eagerJs))).toBeLessThanOrEqual(EAGER_JS_LIMIT);
  expect(median(weights.map((weight) => weight.html))).toBeLessThanOrEqual(BUDGETS.medianHtml);
});
