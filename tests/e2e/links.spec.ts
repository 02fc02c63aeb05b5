// Links on the built course site under /some-repo/: none broken, backlinks shown and followed.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkSite } from '../../scripts/check-links.ts';

test('every internal href, src and srcset in the built site resolves, #fragments included', () => {
  const { pages, links, problems } = checkSite({ dir: join(process.cwd(), 'dist-e2e'), base: '/some-repo/', site: 'https://example.github.io' });
  expect(pages).toBeGreaterThan(80);
  expect(links).toBeGreaterThan(5000);
  expect(problems).toEqual([]);
});

test('a note lists the notes that link to it, with the sentence of each link, and they lead there', async ({ page }) => {
  await page.goto('etcd/raft-共识/');
  const backlinks = page.locator('.backlinks');
  await expect(backlinks.locator('h2')).toContainText('被以下笔记引用');
  const first = backlinks.locator('li').first();
  await expect(first.locator('.backlink-context mark')).not.toBeEmpty();
  const title = (await first.locator('a').textContent())?.trim() ?? '';
  await first.locator('a').click();
  await expect(page.locator('h1')).toHaveText(title);
  // The linking note does link back to Raft.
  await expect(page.locator('.prose a[href*="raft-"]').first()).toBeAttached();
});

test('a module page shows how its notes connect to other modules', async ({ page }) => {
  await page.goto('etcd/');
  const connections = page.locator('.module-links');
  await expect(connections).toContainText('本模块引用的其他模块');
  await expect(connections).toContainText('引用本模块的其他模块');
  await expect(connections.locator('a').first()).toHaveAttribute('href', /^\/some-repo\/[^/]+\/$/);
});
