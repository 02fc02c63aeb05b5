import { expect, test } from 'vitest';
import { prefixHeadingIds } from './print-view.ts';

test.each([
  ['a heading and its anchor link', '<h2 id="自测"><a href="#自测">#</a></h2>', '<h2 id="n1-自测"><a href="#n1-自测">#</a></h2>'],
  ['a percent-encoded link to a heading', '<h3 id="选举">x</h3><a href="#%E9%80%89%E4%B8%BE">y</a>', '<h3 id="n1-选举">x</h3><a href="#n1-%E9%80%89%E4%B8%BE">y</a>'],
  ['ids of other elements and links to them stay', '<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup><li id="user-content-fn-1">', '<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup><li id="user-content-fn-1">'],
  ['links to other pages stay', '<h2 id="a">A</h2><a href="/etcd/raft/#a">r</a>', '<h2 id="n1-a">A</h2><a href="/etcd/raft/#a">r</a>'],
  ['headings with other attributes first', '<h4 class="x" id="b">B</h4>', '<h4 class="x" id="n1-b">B</h4>'],
])('%s', (_name, html, expected) => {
  expect(prefixHeadingIds(html, 'n1')).toBe(expected);
});
