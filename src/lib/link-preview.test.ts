import { describe, expect, test } from 'vitest';
import { excerpt, extractPreviewText, previewUrl } from './link-preview.ts';

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

test('previewUrl puts the file under the base path', () => {
  expect(previewUrl('/repo/', 'etcd/raft-共识')).toBe('/repo/previews/etcd/raft-共识.json');
});
