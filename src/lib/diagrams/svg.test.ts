import { expect, test } from 'vitest';
import type { Diagram } from './renderer.ts';
import { compact, defaultLabel, descriptionId, drawingPrefix, drawingSvg, renameCopy, shareStyle } from './svg.ts';

const key = 'abcdef0123'.padEnd(64, '0');
const svg = (prefix: string) =>
  `<svg id="${prefix}" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 630px;" viewBox="0 0 630 190" role="graphics-document document" aria-roledescription="flowchart-v2" aria-describedby="${prefix}-chart-desc" aria-labelledby="${prefix}-chart-title"><style></style><title id="${prefix}-chart-title">T</title><desc id="${prefix}-chart-desc">D</desc><g id="${prefix}-node" marker-end="url(#${prefix}-arrow)"/></svg>`;
const diagram: Diagram = {
  ok: true,
  key,
  diagramType: 'flowchart-v2',
  title: 'T',
  description: 'D',
  labels: [],
  light: { svg: svg(drawingPrefix(key, 'light')), width: 630, height: 190 },
  dark: { svg: svg(drawingPrefix(key, 'dark')), width: 630, height: 190 },
};

test('drawingSvg hides the SVG from assistive technology (its wrapper is the image) and sizes it', () => {
  const out = drawingSvg(diagram, 'light', 0);
  expect(out).toMatch(/^<svg aria-hidden="true" focusable="false" style="width:630px;min-width:min\(378px,100%\)" id="mmd-abcdef0123" xmlns/);
  expect(out).not.toMatch(/<svg[^>]*(role|aria-roledescription|aria-labelledby|max-width|width="100%")/);
  // The node's id is referred to by nothing: compact drops it.
  expect(out).toContain('<g marker-end="url(#mmd-abcdef0123-arrow)"/>');
});

test('a second copy gets its own ids and references, and its own description id', () => {
  const copy = drawingSvg(diagram, 'dark', 2);
  expect(copy).toContain('id="mmd-abcdef0123-darkx2"');
  expect(copy).toContain('marker-end="url(#mmd-abcdef0123-darkx2-arrow)"');
  expect(copy).not.toMatch(/mmd-abcdef0123-dark-/);
  expect(descriptionId(diagram, 'dark', 2)).toBe('mmd-abcdef0123-darkx2-chart-desc');
  expect(descriptionId(diagram, 'light', 0)).toBe('mmd-abcdef0123-chart-desc');
});

test('renameCopy leaves the first copy alone', () => {
  expect(renameCopy('id="mmd-abcdef0123-a"', key, 'light', 0)).toBe('id="mmd-abcdef0123-a"');
});

test.each([
  [['开始', '判断', '结束'], '流程图：开始、判断、结束'],
  [[], '流程图'],
  [['一个非常非常非常非常非常非常非常非常非常非常长的标签文字'], '流程图：一个非常非常非常非常非常非常非常非常非常非常长…'],
])('defaultLabel(%j)', (labels, label) => {
  expect(defaultLabel('流程图', labels, { list: '、', colon: '：' })).toBe(label);
});

test('compact rounds coordinates to hundredths without running numbers together, drops data-points and unused definitions', () => {
  const out = compact(
    '<svg><defs><symbol id="p-clock"><path d="M1 1"/></symbol><marker id="p-end"><path d="M0 0"/></marker></defs>' +
      '<path d="M53.19200465342068 -36 L12.0001.5 .12345.6" marker-end="url(#p-end)" data-points="W3sieCI6MX1d"/><g transform="translate(97.98767089, 74.8333333)"/>' +
      '<line x1="-0.0049" y1="10.125" x2="3.14159" y2="7"/><text dy="0.35em" x="12.5">a</text></svg>',
  );
  expect(out).toBe(
    '<svg><defs><marker id="p-end"><path d="M0 0"/></marker></defs><path d="M53.19 -36 L12 .5 .12.6" marker-end="url(#p-end)"/><g transform="translate(97.99, 74.83)"/>' +
      '<line x1="0" y1="10.13" x2="3.14" y2="7"/><text dy="0.35em" x="12.5">a</text></svg>',
  );
});

test('compact drops ids and data- attributes nothing refers to, keeping those the drawing or its stylesheet uses', () => {
  const out = compact(
    '<svg id="p"><style>#p [data-look="neo"]{fill:red}#p #p-kept{}</style><title id="p-chart-title-p">T</title><desc id="p-chart-desc-p">D</desc>' +
      '<path id="p-L_A_B_0" class="edge edge thick edge" data-edge="true" data-et="edge" data-id="L_A_B_0" data-look="neo" style="stroke-dasharray: 0 0 134.00506591796875 4;" marker-end="url(#p-end)"/>' +
      '<marker id="p-end"><path d="M0 0"/></marker><g id="p-kept" style=""><rect></rect><rect width="2"></rect></g></svg>',
  );
  expect(out).toBe(
    '<svg id="p"><style>#p [data-look="neo"]{fill:red}#p #p-kept{}</style><title id="p-chart-title-p">T</title><desc id="p-chart-desc-p">D</desc>' +
      '<path class="edge thick" data-look="neo" style="stroke-dasharray: 0 0 134.01 4;" marker-end="url(#p-end)"/>' +
      '<marker id="p-end"><path d="M0 0"/></marker><g id="p-kept"><rect width="2"></rect></g></svg>',
  );
});

test('compact rounds sizes up, so a label box never shrinks below its text', () => {
  expect(compact('<foreignObject width="68.9312" height="24.0001"/><rect width="-0.123" height="7.5"/>')).toBe('<foreignObject width="68.94" height="24.01"/><rect width="-.12" height="7.5"/>');
});

test('a diagram whose drawings merge is one SVG for both schemes', () => {
  const both = drawingSvg(diagram, 'both', 0);
  expect(both).toMatch(/^<svg aria-hidden="true" focusable="false" style="width:630px;min-width:min\(378px,100%\)" id="mmd-abcdef0123"/);
  expect(both).not.toContain('-dark');
  expect(descriptionId(diagram, 'both', 1)).toBe('mmd-abcdef0123x1-chart-desc');
});

test('shareStyle scopes the stylesheet by a class named after its content, keeping the id specificity', () => {
  const css = (prefix: string) => `#${prefix}{fill:#333}#${prefix} .node rect{stroke:url(#${prefix}-gradient)}#${prefix}-not .x{}`;
  const a = shareStyle(`<svg id="mmd-a" class="flowchart"><style>${css('mmd-a').replace('#mmd-a-not .x{}', '')}</style><g/></svg>`, 'mmd-a');
  const b = shareStyle(`<svg id="mmd-b"><style>${css('mmd-b').replace('#mmd-b-not .x{}', '')}</style><g/></svg>`, 'mmd-b');
  expect(a.className).toMatch(/^dg-[0-9a-f]{8}$/);
  expect(b.className).toBe(a.className);
  expect(a.css).toBe(`:is(.${a.className},#_){fill:#333}:is(.${a.className},#_) .node rect{stroke:var(--dg-gradient)}`);
  expect(a.svg).toBe(`<svg id="mmd-a" class="flowchart ${a.className}">\u0000<g/></svg>`);
  expect(b.svg).toBe(`<svg id="mmd-b" class="${a.className}">\u0000<g/></svg>`);
  expect(a.properties).toEqual(['--dg-gradient:url(#mmd-a-gradient)']);
  // The zoom viewer renames "mmd-" in its copy of a drawing: the shared class must survive that.
  expect(a.className).not.toContain('mmd-');
});

test('shareStyle leaves a stylesheet that names other ids of its drawing to that drawing', () => {
  const shared = shareStyle('<svg id="mmd-a"><style>#mmd-a-actor0 text{fill:red}</style></svg>', 'mmd-a');
  expect(shared.className).toBeUndefined();
  expect(shared.css).toBe('#mmd-a-actor0 text{fill:red}');
});

test('drawings with the same stylesheet carry it once per page, first come', () => {
  const styled = (prefix: string) =>
    `<svg id="${prefix}" viewBox="0 0 10 10"><style>#${prefix} .node rect{stroke:url(#${prefix}-gradient)}</style><g id="${prefix}-n"/></svg>`;
  const other = (id: string): Diagram => ({ ...diagram, key: id.padEnd(64, '0'), light: { svg: styled(`mmd-${id}`), width: 10, height: 10 }, dark: { svg: styled(`mmd-${id}-dark`), width: 10, height: 10 } });
  const page = { page: new Set<string>() };
  const first = drawingSvg(other('1111111111'), 'both', 0, page);
  const second = drawingSvg(other('2222222222'), 'both', 0, page);
  const className = /class="(dg-[0-9a-f]+)"/.exec(first)?.[1];
  expect(className).toBeDefined();
  expect(first).toContain(`<style>:is(.${className},#_) .node rect{stroke:var(--dg-gradient)}</style>`);
  expect(second).toContain(`class="${className}"`);
  expect(second).not.toContain('<style>');
  expect(second).toMatch(/^<svg aria-hidden="true" focusable="false" style="width:10px;min-width:min\(6px,100%\);--dg-gradient:url\(#mmd-2222222222-gradient\)"/);
  // Another page starts afresh.
  expect(drawingSvg(other('2222222222'), 'both', 0, { page: new Set() })).toContain('<style>');
  // For a site-wide file: no drawing carries it, the stylesheet is collected by class.
  const site = new Map<string, string>();
  expect(drawingSvg(other('1111111111'), 'both', 0, { site })).not.toContain('<style>');
  expect([...site]).toEqual([[className, `:is(.${className},#_) .node rect{stroke:var(--dg-gradient)}`]]);
  // Mermaid's stylesheet text is HTML in the page ("&gt;"), CSS in a file (">").
  const child: Diagram = { ...diagram, light: { svg: '<svg id="mmd-abcdef0123"><style>#mmd-abcdef0123 text.actor&gt;tspan{fill:#000}</style></svg>', width: 10, height: 10 } };
  const sheets = new Map<string, string>();
  drawingSvg(child, 'light', 0, { site: sheets });
  expect([...sheets.values()]).toEqual([expect.stringMatching(/^:is\(\.dg-[0-9a-f]{8},#_\) text\.actor>tspan\{fill:#000\}$/)]);
});
