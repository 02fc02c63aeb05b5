import { expect, test } from 'vitest';
import { normalizeFrontmatter } from './frontmatter.ts';

// issue 12, case 2: Hexo and Typora templates leave fields empty.
test.each([
  [{ tags: null, date: null, title: 'x' }, { title: 'x' }],
  [{ tags: [], categories: [null], updated: '' }, {}],
  [{ tags: ['a', null, 2024] }, { tags: ['a', '2024'] }],
  [{ title: 2024, order: 3 }, { title: '2024', order: 3 }],
  [{ aliases: ['x'], cssclass: 'wide', draft: false }, { aliases: ['x'], cssclass: 'wide', draft: false }],
])('normalizeFrontmatter(%j) = %j', (input, output) => {
  expect(normalizeFrontmatter(input)).toEqual(output);
});
