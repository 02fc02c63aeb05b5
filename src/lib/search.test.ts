import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_PARAM, SEARCH_RANKING, searchDocument, searchPartCount, searchPartDir, searchPartOf, searchUi, searchUrl, type SearchEntry } from './search.ts';

const entry: SearchEntry = { title: 'Raft 共识', description: '选主与日志复制', tags: ['etcd', '分布式'], track: 'etcd', module: 'etcd 原理', html: '<h2 id="选主">选主</h2><p>正文</p>' };

describe('searchDocument', () => {
  test('holds the weighted title, summary and tags, the filters, the section and the text', () => {
    const html = searchDocument(entry, 'zh-CN');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1 data-pagefind-meta="title" data-pagefind-weight="10">Raft 共识</h1>');
    expect(html).toContain('<p data-pagefind-weight="5">选主与日志复制</p>');
    expect(html).toContain('<ul data-pagefind-weight="5"><li>etcd</li><li>分布式</li></ul>');
    expect(html).toContain('data-pagefind-filter="track:etcd"');
    expect(html).toContain('data-pagefind-filter="module:etcd 原理"');
    expect(html).toContain('data-pagefind-filter="tag:分布式"');
    expect(html).toContain('data-pagefind-meta="section:etcd / etcd 原理"');
    expect(html).toContain('<h2 id="选主">选主</h2><p>正文</p>');
  });

  test.each([
    ['a track named like its module is shown once', { track: 'Go', module: 'Go' }, 'section:Go"'],
    ['no track: the module alone', { track: undefined, module: 'Docker' }, 'section:Docker"'],
    ['a comma would start another pair', { module: '网络, 存储' }, 'module:网络\\, 存储"'],
    ['markup in a title is text', { title: 'a < b & "c"' }, '>a &lt; b &amp; &quot;c&quot;</h1>'],
  ] as const)('%s', (_, change, expected) => {
    expect(searchDocument({ ...entry, ...change }, 'zh-CN')).toContain(expected);
  });

  test('leaves out what a note does not have', () => {
    const html = searchDocument({ title: 'T', tags: [], html: '<p>x</p>' }, 'en');
    expect(html).not.toMatch(/data-pagefind-weight="5"|data-pagefind-filter|section:/);
    expect(html).toContain('<html lang="en">');
  });
});

describe('searchUrl', () => {
  test.each([
    ['etcd/raft', '/etcd/raft/'],
    ['go-basics/函数-方法与接口', '/go-basics/%E5%87%BD%E6%95%B0-%E6%96%B9%E6%B3%95%E4%B8%8E%E6%8E%A5%E5%8F%A3/'],
    ['index', '/'],
  ])('%s -> %s', (id, url) => {
    expect(searchUrl(id)).toBe(url);
  });
});

describe('the index in parts', () => {
  test.each([
    [0, 250, 1],
    [1, 250, 1],
    [250, 250, 1],
    [251, 250, 2],
    [1000, 250, 4],
    [81, 40, 3],
  ])('%i notes, %i to a part: %i parts', (notes, size, parts) => {
    expect(searchPartCount(notes, size)).toBe(parts);
  });

  test("a note's part follows from its id alone, and the parts are about even", () => {
    const ids = Array.from({ length: 1000 }, (_, index) => `module-${index % 13}/笔记-${index}`);
    expect(ids.map((id) => searchPartOf(id, 4))).toEqual(ids.map((id) => searchPartOf(id, 4)));
    // Stable across builds and machines: a fixed answer, not only a consistent one.
    expect([searchPartOf('go/调度器', 4), searchPartOf('etcd/raft-共识', 4), searchPartOf('a', 3)]).toEqual([3, 1, 1]);
    const sizes = [0, 1, 2, 3].map((part) => ids.filter((id) => searchPartOf(id, 4) === part).length);
    for (const size of sizes) expect(size).toBeGreaterThan(200);
    expect(ids.every((id) => searchPartOf(id, 1) === 0)).toBe(true);
  });

  test('the pages load the first part and merge the others, each with the same ranking', () => {
    expect(JSON.parse(searchUi('/repo/').options)).toEqual({ bundlePath: '/repo/pagefind/', highlightParam: HIGHLIGHT_PARAM, ranking: SEARCH_RANKING });
    const options = JSON.parse(searchUi('/repo/', 3).options) as { mergeIndex: unknown[] };
    expect(options.mergeIndex).toEqual([
      { bundlePath: '/repo/pagefind/part-1/', highlightParam: HIGHLIGHT_PARAM, ranking: SEARCH_RANKING },
      { bundlePath: '/repo/pagefind/part-2/', highlightParam: HIGHLIGHT_PARAM, ranking: SEARCH_RANKING },
    ]);
    expect([searchPartDir(0), searchPartDir(2)]).toEqual(['pagefind/', 'pagefind/part-2/']);
  });
});
