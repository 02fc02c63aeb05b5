// Diagrams on the built site: drawn at build time, coloured for the colour scheme by CSS,
// no mermaid in readers' browsers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const NOTE = 'etcd/raft-共识/';

/** Mean of a shape's fill channels: light shapes in the light scheme, dark ones in the dark. */
async function shapeBrightness(page: Page): Promise<number> {
  const fill = await page
    .locator('figure.diagram .diagram-canvas:visible')
    .first()
    .locator('svg .node rect, svg .node polygon, svg .state rect, svg rect.basic, svg rect.actor')
    .first()
    .evaluate((element) => getComputedStyle(element).fill);
  const [r = 0, g = 0, b = 0] = fill.match(/\d+/g)?.map(Number) ?? [];
  return (r + g + b) / 3;
}

test('one drawing per diagram whose colours follow the theme toggle', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(NOTE);
  const figure = page.locator('figure.diagram').first();
  const canvas = figure.locator('.diagram-canvas');
  await expect(canvas).toHaveCount(1);
  await expect(canvas.locator('svg')).toBeVisible();
  await expect(canvas).toHaveAttribute('role', 'img');
  await expect(canvas).toHaveAttribute('aria-label', /\S/);
  expect(await shapeBrightness(page)).toBeGreaterThan(128);

  const toggle = page.locator('[data-theme-toggle]');
  await toggle.click(); // light
  await toggle.click(); // dark
  // The same drawing, now in mermaid's dark theme colours: dark shapes.
  await expect(canvas.locator('svg')).toBeVisible();
  await expect.poll(() => shapeBrightness(page)).toBeLessThan(128);
});

test('with no stored choice the drawings follow the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(NOTE);
  await expect(page.locator('figure.diagram .diagram-canvas svg').first()).toBeVisible();
  expect(await shapeBrightness(page)).toBeLessThan(128);
});

test('every id on the heaviest page is unique', async ({ page }) => {
  await page.goto('kubernetes/核心组件/');
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.length).toBeGreaterThan(50);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});

test('the source of a diagram is one click away', async ({ page }) => {
  await page.goto(NOTE);
  const source = page.locator('figure.diagram .diagram-source').first();
  await source.locator('summary').click();
  await expect(source.locator('code')).toContainText('stateDiagram');
});

test('readers never download mermaid', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(NOTE);
  // Not 'networkidle' (flaky under load): the page has loaded and the browser has had an idle moment, when deferred code would start.
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })));
  expect(requests.some((url) => /mermaid/i.test(url))).toBe(false);
  expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
  const assets = join(process.cwd(), 'dist-e2e', '_astro');
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    expect(readFileSync(join(assets, file), 'utf8'), file).not.toMatch(/mermaid/i);
  }
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('diagrams shrink to fit or scroll inside their box; the page never scrolls sideways', async ({ page }) => {
    await page.goto(NOTE);
    const widths = await page.locator('figure.diagram .diagram-canvas:visible').evaluateAll((canvases) =>
      canvases.map((canvas) => ({ box: canvas.clientWidth, content: canvas.scrollWidth })),
    );
    expect(widths.length).toBeGreaterThan(1);
    for (const { box } of widths) expect(box).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
