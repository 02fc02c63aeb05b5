// rehype-diagrams through the site's own pipeline, with a real headless Chromium.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { createBuildContext } from '../integrations/build-context.ts';
import { resolveSiteConfig } from '../lib/config.ts';
import { noteDataOf } from '../lib/note-data.ts';
import { loadVault } from '../lib/vault.ts';
import { createRenderer } from './render.ts';

const site = resolveSiteConfig({ title: 'Diagrams', tracks: [] }, {});
const cacheDir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
// Rendered as `astro sync` would: drawings made at once, errors stop the note.
const context = createBuildContext(site, { DIAGRAM_CACHE_DIR: cacheDir }, 'sync');
const vault = loadVault(resolve(import.meta.dirname, '../../tests/fixtures/diagrams'));
context.setVault(vault);
const render = await createRenderer(site, context);
afterAll(() => context.renderer.close());

// Generous: the browser starts slowly on busy cores, and a test must fail on what it checks, not on time.
const DIAGRAM_TIMEOUT = 10 * 60_000;

const typesDir = resolve(import.meta.dirname, '../../tests/fixtures/diagrams/types');
const typeNotes = readdirSync(typesDir).filter((file) => file !== 'index.md');

function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (node) => {
    found.push(node);
  });
  return found;
}

/** The canvas shown in the light scheme: the one drawing for both schemes, or the light one. */
const canvases = (html: string) =>
  elements(html).filter((node) => {
    const classes = String(node.properties['className'] ?? '');
    return classes.includes('diagram-canvas') && !classes.includes('diagram-dark');
  });

describe('every diagram type renders to SVG with its Chinese labels', () => {
  test.each(typeNotes)('%s', async (name) => {
    const source = readFileSync(join(typesDir, name), 'utf8');
    const blocks = source.match(/```mermaid/g)?.length ?? 0;
    const { code } = await render(source, join(typesDir, name));
    expect(elements(code).filter((node) => node.tagName === 'figure')).toHaveLength(blocks);
    const lights = canvases(code);
    expect(lights).toHaveLength(blocks);
    for (const canvas of lights) {
      // The wrapper is the image; the SVG inside is hidden from assistive technology.
      expect(canvas.properties['role']).toBe('img');
      expect(String(canvas.properties['ariaLabel'] ?? '')).toMatch(/[\u4e00-\u9fff]/);
      const svg = canvas.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
      expect(svg?.properties['ariaHidden']).toBe('true');
    }
    // Chinese labels are drawn as text in the SVG (sankey's CSV is ASCII-only in mermaid).
    const drawings = code.match(/class="diagram-canvas(?: diagram-light)?"[\s\S]*?<\/svg>/g) ?? [];
    expect(drawings.filter((drawing) => /[\u4e00-\u9fff]/.test(drawing.replace(/aria-label="[^"]*"/, ''))).length).toBeGreaterThanOrEqual(blocks - (name.includes('思维') ? 1 : 0));
  }, DIAGRAM_TIMEOUT);
});

test('two copies of one diagram on a page, and another, share no id and keep every reference', async () => {
  const diagram = '```mermaid\nsequenceDiagram\n  甲->>乙: 请求\n  乙-->>甲: 响应\n```\n';
  const other = '```mermaid\nflowchart LR\n  开始 --> 结束\n```\n';
  const { code } = await render(`${diagram}\n${diagram}\n${other}`, join(typesDir, 'copies.md'));
  const ids = elements(code).map((node) => node.properties['id']).filter((id): id is string => typeof id === 'string');
  // The three roots and the arrowheads their edges refer to (ids nothing refers to are dropped).
  expect(ids.length).toBeGreaterThan(6);
  expect(new Set(ids).size).toBe(ids.length);
  // Every reference inside a drawing points at that drawing's own ids (mermaid's own dangling
  // references included), so no drawing can reach into another.
  for (const drawing of code.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
    const root = /<svg[^>]* id="([^"]+)"/.exec(drawing)?.[1] ?? '';
    const references = [...drawing.matchAll(/(?:url\(#|href="#)([^)"]+)/g)].map((match) => match[1]);
    for (const reference of references) expect(reference?.startsWith(`${root}-`), `${reference} in ${root}`).toBe(true);
  }
  const roots = elements(code).filter((node) => node.tagName === 'svg').map((node) => node.properties['id']);
  // One drawing per diagram: its colours follow the colour scheme.
  expect(new Set(roots).size).toBe(3);
  expect(code).not.toMatch(/mmd-[0-9a-f]+-dark/);
  expect(code).toContain('light-dark(');
  // Styles are scoped by a class per kind of drawing (svg.ts shareStyle), carried once by the
  // page: two stylesheets for the two sequence copies and the flowchart, each for its own class.
  const classes = elements(code)
    .filter((node) => node.tagName === 'svg')
    .map((node) => (node.properties['className'] as string[]).find((name) => name.startsWith('dg-')));
  expect(classes[0]).toBeDefined();
  expect(classes[1]).toBe(classes[0]);
  expect(classes[2]).not.toBe(classes[0]);
  const sheets = [...code.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  expect(sheets).toHaveLength(2);
  sheets.forEach((sheet, index) => expect(sheet.startsWith(`:is(.${classes[index * 2]},#_){`)).toBe(true));
  for (const sheet of sheets) expect(sheet).not.toMatch(/#mmd-/);
}, DIAGRAM_TIMEOUT);

test('accTitle and accDescr give the name, caption and description', async () => {
  const { code } = await render(readFileSync(join(typesDir, '01-流程与时序.md'), 'utf8'), join(typesDir, '01-流程与时序.md'));
  const [flowchart, sequence] = canvases(code);
  expect(flowchart?.properties['ariaLabel']).toBe('一次 API 请求');
  expect(code).toContain('<figcaption>一次 API 请求</figcaption>');
  const described = (flowchart?.properties['ariaDescribedBy'] as string[] | undefined)?.[0] ?? '';
  expect(code).toMatch(new RegExp(`<desc id="${described}">请求先经过认证`));
  // Without accTitle, the name says what kind of diagram it is and what it shows.
  expect(sequence?.properties['ariaLabel']).toMatch(/^时序图：.*提交 Pod/);
}, DIAGRAM_TIMEOUT);

test('a Gantt chart draws no line at the day of the build, and one drawing serves both schemes', async () => {
  // Its dates are in 2024: mermaid would put "today" far to the right, a pixel apart in the light and dark drawings.
  const source = '```mermaid\ngantt\n  title 发布计划\n  dateFormat YYYY-MM-DD\n  section 开发\n  编码 :a1, 2024-01-01, 5d\n  测试 :after a1, 3d\n```\n';
  const { code } = await render(source, join(typesDir, 'gantt.md'));
  expect(code).toContain('发布计划');
  expect(code).not.toContain('class="today"');
  expect(code).not.toContain('diagram-dark');
  expect(canvases(code)).toHaveLength(1);
}, DIAGRAM_TIMEOUT);

test('a hostile diagram yields no script, no event handler and no javascript: URL', async () => {
  const hostile = [
    '```mermaid',
    '%%{init: {"securityLevel": "loose", "startOnLoad": true, "htmlLabels": true}}%%',
    'flowchart LR',
    '  A["<img src=x onerror=alert(1)>图片"] --> B["<script>alert(2)</script>脚本"]',
    '  B --> C["<a href=\'javascript:alert(3)\'>链接</a>"]',
    '  click A call alert(4)',
    '  click C href "javascript:alert(5)"',
    '```',
  ].join('\n');
  const { code } = await render(hostile, join(typesDir, 'hostile.md'));
  // The source shown in the "view source" disclosure is escaped text, so it parses to no element.
  expect(elements(code).some((node) => node.tagName === 'svg')).toBe(true);
  for (const node of elements(code)) {
    expect(node.tagName).not.toBe('script');
    for (const [name, value] of Object.entries(node.properties)) {
      expect(name, `${node.tagName} has ${name}`).not.toMatch(/^on/i);
      if (name === 'href' || name === 'xLinkHref') expect(String(value)).not.toMatch(/^\s*javascript:/i);
    }
  }
}, DIAGRAM_TIMEOUT);

test('an invalid diagram is recorded with file:line:column and mermaid’s message, for the loader to stop the build', async () => {
  const note = '---\ntitle: 错误\n---\n\n```mermaid\nflowchart LR\n  A[ --> B\n```\n';
  const { metadata } = await render(note, join(typesDir, 'invalid.md'));
  const [error, ...others] = noteDataOf(metadata.frontmatter).errors ?? [];
  expect(others).toEqual([]);
  expect(error).toMatch(/tests\/fixtures\/diagrams\/types\/invalid\.md:5:1: invalid Mermaid diagram in the block that starts here:\nParse error on line \d/);
  expect(error).toMatch(/Expecting 'SQE'/);
}, DIAGRAM_TIMEOUT);

test('under astro dev an invalid diagram is shown in place', async () => {
  const dev = createBuildContext(site, { DIAGRAM_CACHE_DIR: cacheDir }, 'dev');
  dev.setVault(vault);
  const renderInDev = await createRenderer(site, dev);
  try {
    const { code } = await renderInDev('```mermaid\nflowchart LR\n  A[ --> B\n```\n', join(typesDir, 'invalid.md'));
    expect(code).toMatch(/<div class="diagram-error" role="alert"><p><strong>这张 Mermaid 图有错误：<\/strong> tests\/fixtures\/diagrams\/types\/invalid\.md:1:1<\/p>/);
  } finally {
    await dev.renderer.close();
  }
}, DIAGRAM_TIMEOUT);

test('a rebuild whose diagrams did not change never starts a browser', async () => {
  const again = createBuildContext(site, { DIAGRAM_CACHE_DIR: cacheDir }, 'sync');
  again.setVault(vault);
  const rerender = await createRenderer(site, again);
  for (const name of typeNotes) await rerender(readFileSync(join(typesDir, name), 'utf8'), join(typesDir, name));
  expect(again.renderer.stats.browserStarted).toBe(false);
  expect(again.renderer.stats.drawn).toBe(0);
  expect(again.renderer.stats.cached).toBeGreaterThan(15);
}, DIAGRAM_TIMEOUT);
