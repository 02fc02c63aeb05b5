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
  expect(merged).toContain(`@media screen{:root[data-theme='dark']:not(:has(.print-view)) #mmd-a [data-look="neo"].node rect{stroke:url(#mmd-a-gradient)}}`);
  expect(merged).toContain(
    `@media screen and (prefers-color-scheme:dark){:root:not([data-theme='light']):not(:has(.print-view)) #mmd-a [data-look="neo"].node rect{stroke:url(#mmd-a-gradient)}}`,
  );
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

test('a class only one theme adds stays, and the rules that select it apply in that scheme only', () => {
  const light = drawing('mmd-a', '#mmd-a .divider{stroke:#9370DB}#mmd-a .neo-line path{stroke:#9370DB;filter:none}', '<g class="divider neo-line"><path d="M0 0"/></g>');
  const dark = drawing('mmd-a-dark', '#mmd-a-dark .divider{stroke:#ccc}#mmd-a-dark .neo-line path{stroke:#ccc;filter:none}', '<g class="divider"><path d="M0 0"/></g>');
  const merged = mergeSchemes(light, dark, 'mmd-a', 'mmd-a-dark');
  expect(merged).toContain('<g class="divider neo-line">');
  expect(merged).toContain('#mmd-a .divider{stroke:light-dark(#9370DB,#ccc)}');
  // Not for everyone: the light drawing's rule, in the light scheme, print and the print view.
  expect(merged).not.toMatch(/(^|[}>])#mmd-a \.neo-line path\{/);
  expect(merged).toContain(":root[data-theme='light'] #mmd-a .neo-line path,:root:has(.print-view) #mmd-a .neo-line path{stroke:#9370DB;filter:none}");
  expect(merged).toContain('@media print{#mmd-a .neo-line path{stroke:#9370DB;filter:none}}');
  expect(merged).toContain("@media not (prefers-color-scheme:dark){:root:not([data-theme='dark']) #mmd-a .neo-line path{stroke:#9370DB;filter:none}}");
});

test('a rule only the dark theme writes applies in the dark scheme only', () => {
  const light = drawing('mmd-a', '#mmd-a .section-0 rect{fill:#ECECFF}', '<g class="section-0"/>');
  const dark = drawing('mmd-a-dark', '#mmd-a-dark .section-0 rect{fill:#1f2020}#mmd-a-dark .section-0[data-look="neo"] line{stroke:#ccc}', '<g class="section-0"/>');
  const merged = mergeSchemes(light, dark, 'mmd-a', 'mmd-a-dark');
  expect(merged).toContain('<style>#mmd-a .section-0 rect{fill:light-dark(#ECECFF,#1f2020)}@media screen{');
  expect(merged).toContain(`@media screen{:root[data-theme='dark']:not(:has(.print-view)) #mmd-a .section-0[data-look="neo"] line{stroke:#ccc}}`);
});

test.each([
  ['a class the other drawing uses elsewhere', '<g class="divider neo-line"/><g class="neo-line"/>', '<g class="divider"/><g class="neo-line"/>'],
  ['a class attribute', '<g class="divider"/>', '<g/>'],
  ['an element', '<g/><g/>', '<g/>'],
  ['a number outside path data', '<line x1="10"/>', '<line x1="11"/>'],
])('drawings that differ in %s are not merged', (_case, lightBody, darkBody) => {
  expect(mergeSchemes(drawing('mmd-a', '', lightBody), drawing('mmd-a-dark', '', darkBody), 'mmd-a', 'mmd-a-dark')).toBeUndefined();
});
