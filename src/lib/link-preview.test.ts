import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { excerpt, extractPreviewText as extractFromTree } from './link-preview.ts';

const extractPreviewText = (html: string) => extractFromTree(fromHtml(html, { fragment: true }));

describe('extractPreviewText', () => {
  test('takes the first paragraph of the note and of each section', () => {
    const html = `
      <div class="callout"><p>not top-level</p></div>
      <p>Raft 是一种<strong>共识</strong>算法。</p>
      <p>second</p>
      <h2 id="选举">选举<a href="#选举">#</a></h2>
      <ul><li>list</li></ul>
      <p>候选人发起投票。</p>
      <div class="heading heading-h3"><h3 id="empty">Empty</h3><a class="heading-link" href="#empty">#</a></div>
      <h2>No id</h2>
      <p>orphan</p>`;
    expect(extractPreviewText(html)).toEqual({
      text: 'Raft 是一种共识算法。',
      sections: { 选举: { heading: '选举', text: '候选人发起投票。' }, empty: { heading: 'Empty', text: '' } },
    });
  });
  test('leaves out external-link markers, spoken labels and footnote numbers', () => {
    const html = `<p>见脚注<sup><a href="#fn-1" data-footnote-ref>1</a></sup>。链接 <a href="https://etcd.io" class="external-link">etcd<span class="external-marker" aria-hidden="true">↗</span><span class="sr-only">（外部链接）</span></a>。</p>`;
    expect(extractPreviewText(html).text).toBe('见脚注。链接 etcd。');
  });
  test('a note without paragraphs has no text', () => {
    expect(extractPreviewText('<pre><code>go run .</code></pre>')).toEqual({ text: '', sections: {} });
  });
});

describe('excerpt', () => {
  test.each([
    ['短句。', 10, '短句。'],
    ['  many   spaces\n here ', 40, 'many spaces here'],
    ['一二三四五六', 4, '一二三…'],
  ])('%j at %i -> %j', (text, length, expected) => {
    expect(excerpt(text, length)).toBe(expected);
  });
});
