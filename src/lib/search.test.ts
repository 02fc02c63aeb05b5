import { describe, expect, test } from 'vitest';
import { searchDocument, searchUrl, type SearchEntry } from './search.ts';

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
