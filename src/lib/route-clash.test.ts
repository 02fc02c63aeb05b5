import { expect, test } from 'vitest';
import { pageRoutes, routeClashes } from './route-clash.ts';

test('pageRoutes names the paths of page files and skips dynamic ones and those Astro does not publish', () => {
  expect(pageRoutes(['./review/index.astro', './search.astro', './rss.xml.ts', './index.astro', './[...slug].astro', './404.astro', './katex/_katex.ts', './_parts/x.astro', './katex/[name].css.ts'])).toEqual(['review', 'search', 'rss.xml', '404']);
});

test.each([
  [['review'], [{ id: 'review', route: 'review' }]],
  [['search', 'etcd/search'], [{ id: 'search', route: 'search' }]],
  [['pagefind/x', 'etcd'], [{ id: 'pagefind/x', route: 'pagefind' }]],
  [['capstone', 'review-notes', 'capstone/review'], []],
])('routeClashes(%j)', (ids, expected) => {
  expect(routeClashes(ids, ['review', 'search', 'rss.xml', '404'])).toEqual(expected);
});
