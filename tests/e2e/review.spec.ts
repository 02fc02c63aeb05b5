// The review page: the loop by keyboard only, a note's "practise" link, moving progress to a
// fresh browser, the Anki deck it links to, and accessibility in both colour schemes.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EAGER_JS_LIMIT, noteWeights } from '../../scripts/bench-page-weight.ts';
import { ankiProblems, openApkg } from '../../src/lib/cards/anki-check.ts';

const NOTE = 'etcd/raft-共识/';
const REVIEW_NOTE = `review/?note=${encodeURIComponent('etcd/raft-共识')}`;

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

test('a note with cards links to a review of that note only', async ({ page }) => {
  await page.goto(NOTE);
  const link = page.getByRole('link', { name: /练习本篇的 \d+ 张自测卡片/ });
  await link.click();
  await expect(page).toHaveURL(/\/review\/\?note=/);
  await expect(page.locator('[data-review-note]')).toContainText('Raft');
  await expect(page.locator('[data-review-source]')).toHaveCount(1);
  await expect(page.locator('[data-review-status]')).toContainText('还剩 5 张');
});

test('a note page with cards keeps to the eager JavaScript budget (the practise link is plain HTML)', async ({ page }) => {
  await page.goto(NOTE);
  await expect(page.getByRole('link', { name: /练习本篇的/ })).toBeVisible();
  // The same measure as the page-weight benchmark: every script the page runs on load, gzipped.
  const weight = noteWeights('dist-e2e', '/some-repo/').find((entry) => entry.page === NOTE);
  expect(weight?.eagerJs).toBeGreaterThan(0);
  expect(weight!.eagerJs).toBeLessThanOrEqual(EAGER_JS_LIMIT);
});

test('the review loop works by keyboard alone and offline: Space reveals, 1-4 rate, the next date is announced', async ({ page }) => {
  await page.goto(REVIEW_NOTE);
  const status = page.locator('[data-review-status]');
  const answer = page.locator('[data-review-answer]');
  await expect(status).toContainText('还剩 5 张');
  // Once loaded, the page needs no network.
  await page.context().setOffline(true);
  await expect(answer).toBeHidden();
  await page.keyboard.press('Space');
  await expect(answer).toBeVisible();
  await expect(answer).toBeFocused();
  await expect(page.locator('[data-review-source]')).toHaveAttribute('href', /\/some-repo\/etcd\/raft-%E5%85%B1%E8%AF%86\/|\/some-repo\/etcd\/raft-共识\//);
  // 良好 on a new card: back in minutes, after the other new cards.
  await page.keyboard.press('3');
  await expect(status).toContainText('下次复习');
  await expect(answer).toBeHidden();
  await expect(page.locator('[data-review-question]')).toBeFocused();
  // 简单 for the rest, and for the first one when it comes back: nothing left today.
  for (let card = 0; card < 5; card++) {
    await page.keyboard.press('Space');
    await expect(answer).toBeVisible();
    await page.keyboard.press('4');
  }
  await expect(page.locator('[data-review-card]')).toBeHidden();
  await expect(status).toContainText('现在没有要复习的卡片了');
  const etcd = page.locator('tr[data-module="etcd"]');
  await expect(etcd.locator('[data-count="learned"]')).toHaveText('5');
  await expect(etcd.locator('[data-count="due"]')).toHaveText('0');
  // The state survives a reload.
  await page.context().setOffline(false);
  await page.reload();
  await expect(page.locator('tr[data-module="etcd"] [data-count="learned"]')).toHaveText('5');
});

test('progress exported from one browser imports into a fresh one; a wrong file is refused with a message', async ({ page, browser }) => {
  await page.goto(REVIEW_NOTE);
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expect(page.locator('tr[data-module="etcd"] [data-count="learned"]')).toHaveText('1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学习记录' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^study-notes-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'study-notes-progress', version: 1, base: '/some-repo/' });

  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL! });
  const other = await fresh.newPage();
  await other.goto('review/');
  await expect(other.locator('tr[data-module="etcd"] [data-count="learned"]')).toHaveText('0');
  const input = other.locator('[data-progress-import]');
  await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(other.locator('[data-progress-message]')).toHaveText('这个文件不是本站导出的学习记录，没有导入任何内容。');
  await expect(other.locator('tr[data-module="etcd"] [data-count="learned"]')).toHaveText('0');
  await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(other.locator('[data-progress-message]')).toHaveText('已导入 1 项学习记录。');
  await expect(other.locator('tr[data-module="etcd"] [data-count="learned"]')).toHaveText('1');
  await fresh.close();
});

test('the Anki deck linked from the review page holds every card and passes the database checks', async ({ page, request }) => {
  await page.goto('review/');
  const href = await page.getByRole('link', { name: /Anki/ }).getAttribute('href');
  expect(href).toBe('/some-repo/review/study-notes.apkg');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const opened = await openApkg(await response.body());
  expect(ankiProblems(opened)).toEqual([]);
  // Every card of the course: the review page holds each one once.
  const cards = await page.locator('template[data-review-cards]').evaluate((template) => (template as HTMLTemplateElement).content.querySelectorAll('[data-card-id]').length);
  expect(cards).toBeGreaterThan(300);
  expect(opened.db.prepare('select count(*) as n from notes').get()).toEqual({ n: cards });
  const back = (opened.db.prepare('select flds from notes limit 1').get() as { flds: string }).flds;
  expect(back).toContain('href="https://example.github.io/some-repo/');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the review page has no WCAG 2.2 AA violations (${scheme}), question and answer shown`, async ({ page }) => {
    // Two axe runs on a shared 2-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('review/?module=etcd');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-review-answer]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
