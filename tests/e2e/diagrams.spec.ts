// Diagrams on the built site: drawn at build time, switched with the colour scheme by CSS,
// no mermaid in readers' browsers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const NOTE = 'etcd/raft-共识/';

test('light and dark drawings follow the theme toggle', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(NOTE);
  const figure = page.locator('figure.diagram').first();
  const light = figure.locator('.diagram-light');
  const dark = figure.locator('.diagram-dark');
  await expect(light.locator('svg')).toBeVisible();
  await expect(dark).toBeHidden();
  await expect(light).toHaveAttribute('role', 'img');
  await expect(light).toHaveAttribute('aria-label', /\S/);

  const toggle = page.locator('[data-theme-toggle]');
  await toggle.click(); // light
  await toggle.click(); // dark
  await expect(dark.locator('svg')).toBeVisible();
  await expect(light).toBeHidden();
  await expect(dark.locator('svg')).toHaveAttribute('id', /-dark$/);
  // The dark drawing really is mermaid's dark theme: light text on dark shapes.
  const fill = await dark.locator('svg .node rect, svg .node polygon, svg .state rect, svg rect.basic').first().evaluate((element) => getComputedStyle(element).fill);
  const [r = 255, g = 255, b = 255] = fill.match(/\d+/g)?.map(Number) ?? [];
  expect((r + g + b) / 3).toBeLessThan(128);
});

test('with no stored choice the drawings follow the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(NOTE);
  await expect(page.locator('figure.diagram .diagram-dark svg').first()).toBeVisible();
  await expect(page.locator('figure.diagram .diagram-light').first()).toBeHidden();
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
    const widths = await page.locator('figure.diagram .diagram-light').evaluateAll((canvases) =>
      canvases.map((canvas) => ({ box: canvas.clientWidth, content: canvas.scrollWidth })),
    );
    expect(widths.length).toBeGreaterThan(1);
    for (const { box } of widths) expect(box).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
