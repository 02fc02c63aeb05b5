import { expect, test } from 'vitest';
import { mergeSchemes } from './merge.ts';

// The shape of mermaid's output: one <style> scoped by the drawing's id, then the drawing.
const drawing = (prefix: string, css: string, body: string) => `<svg id="${prefix}"><style>${css}</style>${body}</svg>`;

test('colours that differ become light-dark(), in the stylesheet and in attributes', () => {
  const light = drawing('mmd-a', '#mmd-a .node rect{fill:#ECECFF;stroke:#9370DB;stroke-width:1px;}', '<g id="mmd-a-n"><rect flood-color="#000"/><text>甲</text></g>');
  const dark = drawing('mmd-a-dark', '#mmd-a-dark .node rect{fill:#1f2020;stroke:#9370DB;stroke-width:1px;}', '<g id="mmd-a-dark-n"><rect flood-color="#fff"/><text>甲</text></g>');
  expect(mergeSchemes(light, dark, 'mmd-a', 'mmd-a-dark')).toBe(
    '<svg id="mmd-a"><style>#mmd-a .node rect{fill:light-dark(#ECECFF,#1f2020);stroke:#9370DB;stroke-width:1px}</style><g id="mmd-a-n"><rect flood-color="light-dark(#000,#fff)"/><text>甲</text></g></svg>',
  );
});

test('a declaration that differs in more than colour gets a rule for the dark scheme, and its gradient comes along', () => {
  const gradient = '<linearGradient id="mmd-a-dark-gradient"><stop stop-color="#fff"/></linearGradient>';
  const light = drawing('mmd-a', '#mmd-a [data-look="neo"].node rect{stroke:#9370DB;filter:drop-shadow(1px 2px 2px rgba(185, 185, 185, 1))}', '<g/>');
  const dark = drawing('mmd-a-dark', '#mmd-a-dark [data-look="neo"].node rect{stroke:url(#mmd-a-dark-gradient);filter:drop-shadow( 1px 2px 2px rgba(185,185,185,1))}', `<g/>${gradient}`);
  const merged = mergeSchemes(light, dark, 'mmd-a', 'mmd-a-dark');
  expect(merged).toContain('#mmd-a [data-look="neo"].node rect{stroke:#9370DB;filter:drop-shadow(1px 2px 2px rgba(185,185,185,1))}');
  expect(merged).toContain(`:root[data-theme='dark'] #mmd-a [data-look="neo"].node rect{stroke:url(#mmd-a-gradient)}`);
  expect(merged).toContain(`@media (prefers-color-scheme:dark){:root:not([data-theme='light']) #mmd-a [data-look="neo"].node rect{stroke:url(#mmd-a-gradient)}}`);
  expect(merged).toContain('<linearGradient id="mmd-a-gradient">');
});

test('ids numbered on from the light drawing (sequence actors) are matched by position', () => {
  const light = drawing('mmd-a', '', '<line id="mmd-a-actor0" stroke="#999"/><use href="#mmd-a-actor0"/>');
  const dark = drawing('mmd-a-dark', '', '<line id="mmd-a-dark-actor4" stroke="#ccc"/><use href="#mmd-a-dark-actor4"/>');
  expect(mergeSchemes(light, dark, 'mmd-a', 'mmd-a-dark')).toBe('<svg id="mmd-a"><style></style><line id="mmd-a-actor0" stroke="light-dark(#999,#ccc)"/><use href="#mmd-a-actor0"/></svg>');
});

test('path data may differ (the neo look jitters control points): the light path stands for both', () => {
  const light = drawing('mmd-a', '', '<path d="M0 0 C1.5 0, 2 0, 3 0"/>');
  const dark = drawing('mmd-a-dark', '', '<path d="M0 0 C0.7 0, 2.5 0, 3 0"/>');
  expect(mergeSchemes(light, dark, 'mmd-a', 'mmd-a-dark')).toContain('d="M0 0 C1.5 0, 2 0, 3 0"');
});

test.each([
  ['a class name', '<g class="divider neo-line"/>', '<g class="divider"/>'],
  ['an element', '<g/><g/>', '<g/>'],
  ['a number outside path data', '<line x1="10"/>', '<line x1="11"/>'],
])('drawings that differ in %s are not merged', (_case, lightBody, darkBody) => {
  expect(mergeSchemes(drawing('mmd-a', '', lightBody), drawing('mmd-a-dark', '', darkBody), 'mmd-a', 'mmd-a-dark')).toBeUndefined();
});
