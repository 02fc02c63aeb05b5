import { expect, test } from 'vitest';
import { decodeText, escapeText } from './html-text.ts';

test.each([
  ['&#x3C;a&#x3E; &#60; &lt; &amp;amp; &quot;', '<a> < < &amp; "'],
  ['中文 &#x1F600;', '中文 😀'],
])('decodeText(%s)', (text, decoded) => {
  expect(decodeText(text)).toBe(decoded);
});

test('escapeText keeps markup and quotes out', () => {
  expect(escapeText('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c> &amp; d');
});
