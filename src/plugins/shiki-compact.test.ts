import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { compactCodeBlock, styleProperties } from './shiki-compact.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (properties: Element['properties'], ...children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties, children });
const token = (light: string, dark: string, value: string) => span({ style: `--shiki-light:${light};--shiki-dark:${dark}` }, text(value));
const block = (preClass: string, ...lines: Element[]): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: { class: preClass, style: '--shiki-light:#24292e;--shiki-dark:#e6edf3;--shiki-light-bg:#fff; overflow-x: auto;' },
  children: [{ type: 'element', tagName: 'code', properties: {}, children: lines.flatMap((line, index) => (index === 0 ? [line] : [text('\n'), line])) }],
});
const compacted = (pre: Element): string => {
  compactCodeBlock(pre);
  return toHtml(pre.children[0]!);
};

test('styleProperties reads declarations, lower-cased', () => {
  expect(styleProperties('--shiki-light:#24292E; --Shiki-Dark: #E6EDF3 ;overflow-x: auto;')).toEqual(
    new Map([
      ['--shiki-light', '#24292e'],
      ['--shiki-dark', '#e6edf3'],
      ['overflow-x', 'auto'],
    ]),
  );
  expect(styleProperties(undefined).size).toBe(0);
});

test.each([
  {
    name: 'tokens in the block colours become text, unmarked lines become text',
    pre: block('astro-code', span({ class: 'line' }, token('#22863A', '#7EE787', 'kind'), token('#24292E', '#E6EDF3', ': '), token('#032F62', '#A5D6FF', 'Pod')), span({ class: 'line' }, span({}, text('plain')))),
    html: '<code><span class="tk-tag">kind</span>: <span class="tk-string">Pod</span>\nplain</code>',
  },
  {
    name: 'neighbouring tokens of one colour are one',
    pre: block('astro-code', span({ class: 'line' }, token('#032F62', '#A5D6FF', ' create'), token('#032F62', '#A5D6FF', ' web'), token('#005CC5', '#79C0FF', ' --image'))),
    html: '<code><span class="tk-string"> create web</span><span class="tk-constant"> --image</span></code>',
  },
  {
    name: 'a colour pair without a class keeps its style',
    pre: block('astro-code', span({ class: 'line' }, token('#005CC5', '#7EE787', 'x'))),
    html: '<code><span style="--shiki-light:#005CC5;--shiki-dark:#7EE787">x</span></code>',
  },
  {
    name: 'a marked line keeps every line',
    pre: block('astro-code', span({ class: 'line' }, token('#24292E', '#E6EDF3', 'a')), span({ class: 'line highlighted' }, token('#24292E', '#E6EDF3', 'b'), token('#24292E', '#E6EDF3', 'c'))),
    html: '<code><span class="line">a</span>\n<span class="line highlighted">bc</span></code>',
  },
  {
    name: 'numbered lines stay lines',
    pre: block('astro-code line-numbers', span({ class: 'line' }, token('#24292E', '#E6EDF3', 'a'))),
    html: '<code><span class="line">a</span></code>',
  },
  {
    name: 'a token with more than colours (italic, a diff sign) stays',
    pre: block('astro-code', span({ class: 'line' }, span({ style: '--shiki-light:#24292E;--shiki-dark:#E6EDF3;--shiki-light-font-style:italic' }, text('i')), span({ style: 'user-select: none;' }, text('+')))),
    html: '<code><span style="--shiki-light:#24292E;--shiki-dark:#E6EDF3;--shiki-light-font-style:italic">i</span><span style="user-select: none;">+</span></code>',
  },
])('$name', ({ pre, html }) => {
  expect(compacted(pre)).toBe(html);
});
