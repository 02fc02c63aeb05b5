import { expect, test } from 'vitest';
import { fillDrawings, linkedStylesheet, linkStylesheet, placeholdersIn, stylesheetFile } from './fill.ts';
import type { Diagram } from './renderer.ts';

const key = '0123456789'.padEnd(64, 'a');
const drawing = (scheme: string) => ({ svg: `<svg id="mmd-0123456789${scheme === 'dark' ? '-dark' : ''}"><g id="mmd-0123456789${scheme === 'dark' ? '-dark' : ''}-n"/><use href="#mmd-0123456789${scheme === 'dark' ? '-dark' : ''}-n"/></svg>`, width: 100, height: 50 });
const diagram: Diagram = { ok: true, key, diagramType: 'flowchart-v2', title: '', description: '', labels: [], light: drawing('light'), dark: drawing('dark') };

const page = (copy: string) =>
  `<p>前</p><figure class="diagram" data-diagram="${key}"${copy} data-diagram-type="flowchart-v2">` +
  `<div class="diagram-canvas diagram-light" data-drawing="light" role="img" aria-label="流程图：A --> B &#x26; &#x22;C&#x22;"></div>` +
  `<div class="diagram-canvas diagram-dark" data-drawing="dark" role="img" aria-label="x" data-pagefind-ignore=""></div>` +
  `<details class="diagram-source" data-pagefind-ignore=""><summary>源码</summary><pre><code class="language-mermaid">flowchart LR\n  A["&#x3C;b>甲&#x3C;/b>"] --> B &#x26; C</code></pre></details></figure><p>后</p>`;

test('placeholdersIn finds each diagram still to draw, with its decoded source', () => {
  expect(placeholdersIn(page(''))).toEqual([{ key, source: 'flowchart LR\n  A["<b>甲</b>"] --> B & C' }]);
});

test('fillDrawings puts both drawings in, keeping the wrappers’ attributes', () => {
  const filled = fillDrawings(page(''), new Map([[key, diagram]]));
  expect(filled).toContain(
    '<div class="diagram-canvas diagram-light" role="img" aria-label="流程图：A --> B &#x26; &#x22;C&#x22;"><svg aria-hidden="true" focusable="false" style="width:100px;min-width:min(60px,100%)" id="mmd-0123456789"><g id="mmd-0123456789-n"/><use href="#mmd-0123456789-n"/></svg></div>',
  );
  expect(filled).toContain('<div class="diagram-canvas diagram-dark" role="img" aria-label="x" data-pagefind-ignore=""><svg aria-hidden="true"');
  expect(filled).not.toContain('data-drawing');
  expect(placeholdersIn(filled)).toEqual([]);
  expect(filled.startsWith('<p>前</p>') && filled.endsWith('<p>后</p>')).toBe(true);
});

test('a second copy on the page is filled with renamed ids', () => {
  const filled = fillDrawings(page(' data-copy="1"'), new Map([[key, diagram]]));
  expect(filled).toContain('id="mmd-0123456789x1-n"');
  expect(filled).toContain('id="mmd-0123456789-darkx1-n"');
});

test('a missing drawing is an error, not an empty figure', () => {
  expect(() => fillDrawings(page(''), new Map())).toThrow(/No drawing for diagram 0123456789/);
});

test('given a map, the drawings leave their shared stylesheet to a file: collected by class, named by content', () => {
  const styled = (prefix: string) => `<svg id="${prefix}"><style>#${prefix} .node{fill:#fff}</style><g id="${prefix}-n"/></svg>`;
  const withStyle: Diagram = { ...diagram, light: { ...diagram.light, svg: styled('mmd-0123456789') }, dark: { ...diagram.dark, svg: styled('mmd-0123456789-dark') } };
  const sheets = new Map<string, string>();
  const filled = fillDrawings(page(''), new Map([[key, withStyle]]), sheets);
  expect(filled).not.toContain('<style>');
  const className = /class="(dg-[0-9a-f]{8})"/.exec(filled)?.[1];
  expect(className).toBeDefined();
  expect(sheets.get(className!)).toBe(`:is(.${className},#_) .node{fill:#fff}`);
  const file = stylesheetFile(sheets);
  expect(file.name).toMatch(/^_astro\/diagrams\.[0-9a-f]{8}\.css$/);
  expect(file.css).toBe(sheets.get(className!));
  expect(stylesheetFile(new Map([['dg-00000000', 'a{}'], ...sheets])).name).not.toBe(file.name);
});

test('linkStylesheet links after the page’s own stylesheets, and refuses a page without a head', () => {
  expect(linkStylesheet('<html><head><link rel="stylesheet" href="/a.css"></head><body></body></html>', '/repo/_astro/diagrams.1.css')).toBe(
    '<html><head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/repo/_astro/diagrams.1.css"></head><body></body></html>',
  );
  expect(() => linkStylesheet('<p>x</p>', '/d.css')).toThrow(/no <\/head>/);
});

test('linkedStylesheet finds the diagram stylesheet a page links, under any base path, and nothing else', () => {
  const { name } = stylesheetFile(new Map([['flowchart', '.dg-1{fill:red}']]));
  const page = linkStylesheet('<html><head><link rel="stylesheet" href="/repo/_astro/BaseLayout.x.css"></head></html>', `/repo/${name}`);
  expect(linkedStylesheet(page)).toBe(name);
  expect(linkedStylesheet('<html><head><link rel="stylesheet" href="/repo/_astro/BaseLayout.x.css"></head></html>')).toBeUndefined();
});
