// The course map, a note's local map and a module's print view: drawn at build time, links
// without JavaScript, text versions, progress colours, and zero axe violations in both schemes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { courseIndex, notesOf } from './course-index.ts';

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map(({ id, help, nodes }) => `${id}: ${help}\n${nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 3).join(' ')}`).join('\n')}`);
}

test('the course map works without JavaScript: every note and module is a link, tracks are grouped', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('map/');
  await expect(page.locator('h1')).toHaveText('课程地图');
  const map = page.locator('svg.course-map-svg');
  await expect(map).toBeVisible();
  // Every note of the course appears once on the map, as a link to its page.
  const textNotes = await page.locator('#map-text ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const mapNotes = await map.locator('a.map-note').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const course = await courseIndex(page);
  expect(mapNotes.length).toBe(Object.values(course).flat().length);
  expect(mapNotes.sort()).toEqual(textNotes.sort());
  for (const href of mapNotes) expect(href).toMatch(/^\/some-repo\/[^/]+\/[^/]+\/$/);
  // Each note's box carries its full title as its name, whatever the label's length.
  await expect(map.getByRole('link', { name: 'Raft 共识：选举、日志复制与 quorum' })).toHaveCount(1);
  await expect(map.locator('.map-module')).toHaveCount(17);
  await expect(map.locator('.map-track text')).toHaveText(['课程', 'Go', 'Docker', 'Kubernetes', 'etcd', 'Istio']);
  expect(await map.locator('.map-edges path').count()).toBeGreaterThan(10);
  // A node is a link you can follow.
  await map.getByRole('link', { name: 'Raft 共识：选举、日志复制与 quorum' }).click();
  await expect(page).toHaveURL(/\/some-repo\/etcd\/raft-/);
  await context.close();
});

test('the home page links to the map, and the map colours the notes learned', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('etcd/raft-共识/');
  const toggle = page.getByRole('button', { name: '标记为已学' });
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('./');
  await page.locator('.hero-actions').getByRole('link', { name: '课程地图', exact: true }).click();
  await expect(page).toHaveURL(/\/some-repo\/map\/$/);
  const node = page.locator('svg.course-map-svg a.map-note[data-note="etcd/raft-共识"]');
  await expect(node).toHaveAttribute('data-read', '');
  await expect(node).toHaveAttribute('aria-label', 'Raft 共识：选举、日志复制与 quorum（已学）');
  expect(await node.locator('rect').evaluate((rect) => getComputedStyle(rect).fill)).not.toBe(
    await page.locator('svg.course-map-svg a.map-note[data-note="etcd/watch-与-lease"] rect').evaluate((rect) => getComputedStyle(rect).fill),
  );
  await expect(page.locator('#map-text .module-progress[data-module="etcd"]')).toContainText(`1 / ${await notesOf(page, 'etcd')}`);
});

test('a note shows its local map below the backlinks, with a text version', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('etcd/raft-共识/');
  const local = page.locator('section.local-map');
  await expect(local.locator('h2')).toHaveText('本篇的关联笔记');
  // Below the backlinks.
  expect(await page.evaluate(() => {
    const backlinks = document.querySelector('.backlinks');
    const map = document.querySelector('.local-map');
    return !!backlinks && !!map && !!(backlinks.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
  await expect(local.locator('svg a[aria-current="page"]')).toHaveAttribute('data-note', 'etcd/raft-共识');
  const drawn = await local.locator('svg a.map-note').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const listed = await local.locator('.map-text a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(drawn.length).toBeGreaterThan(1);
  // Every neighbour drawn is in the text version (which lists all of them).
  for (const href of drawn.slice(1)) expect(listed).toContain(href);
  await context.close();
});

test('a module as one document: every note in order, answers open, light diagrams, a page per note', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('etcd/');
  const moduleNotes = await page.locator('.note-list > li > a').allTextContents();
  await page.getByRole('link', { name: /打印或存为 PDF/ }).click();
  await expect(page).toHaveURL(/\/some-repo\/etcd\/print\/$/);
  await expect(page.locator('.print-note-title')).toHaveText(moduleNotes);
  // Answers are shown although their <details> are closed.
  const answer = page.locator('.print-note details').first();
  expect(await answer.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
  await expect(answer.locator('> :not(summary)').first()).toBeVisible();
  // The light drawing, even when the reader's system is dark: one drawing shown (merged for
  // both schemes, or the light one of two), its shapes in light colours.
  const figure = page.locator('.print-note figure.diagram').first();
  const canvas = figure.locator('.diagram-canvas:visible');
  await expect(canvas).toHaveCount(1);
  await expect(figure.locator('.diagram-dark')).toBeHidden();
  const fill = await canvas.locator('svg .node rect, svg .node path, svg .node polygon').first().evaluate((shape) => getComputedStyle(shape).fill);
  const [r = 0, g = 0, b = 0] = fill.match(/\d+/g)?.map(Number) ?? [];
  expect((r + g + b) / 3, fill).toBeGreaterThan(128);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.print-note').nth(1).evaluate((note) => getComputedStyle(note).breakBefore)).toBe('page');
  await expect(page.locator('.site-header')).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries({ 'course map': 'map/', 'module print view': 'etcd/print/', 'note with its local map': 'etcd/raft-共识/' })) {
      test(`${name} has no WCAG 2.2 AA violations`, async ({ page }) => {
        // A whole module on one page (diagrams included) takes axe a while on a small machine.
        test.setTimeout(180_000);
        await page.goto(path);
        // With the progress script loaded and a note marked, so its marks are checked too.
        if (path !== 'etcd/print/') {
          await page.evaluate(() => localStorage.setItem('study-notes:/some-repo/:progress', JSON.stringify({ version: 1, notes: { 'etcd/raft-共识': { read: true, at: 1, by: 'button' } } })));
          await page.reload();
          await expect(page.locator('[data-read]').first()).toBeAttached();
        }
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
