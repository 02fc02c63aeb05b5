// Puts drawings into built pages. In a build, rehype-diagrams leaves each drawing's place
// empty (<div … data-drawing="light"></div>) so that megabytes of SVG stay out of Astro's
// content cache and bundle; this fills them from the diagram cache. Pure, tested in fill.test.ts.
import { createHash } from 'node:crypto';
import { decodeText } from '../html-text.ts';
import type { Diagram, DiagramRenderer } from './renderer.ts';
import { drawingSvg, type Drawing, type StyleTarget } from './svg.ts';

// Our own markup (rehype-diagrams.ts), so regular: attribute values never hold a raw '"'.
const ATTRIBUTES = String.raw`((?:\s[\w-]+="[^"]*")*)`;
const FIGURE = new RegExp(String.raw`<figure class="diagram" data-diagram="([0-9a-f]{64})"(?: data-copy="(\d+)")?${ATTRIBUTES}>([\s\S]*?)<\/figure>`, 'g');
const EMPTY_CANVAS = new RegExp(String.raw`<div class="(diagram-canvas(?: diagram-(?:light|dark))?)" data-drawing="(light|dark|both)"${ATTRIBUTES}><\/div>`, 'g');
const SOURCE = /<code class="language-mermaid">([\s\S]*?)<\/code>/;

export interface Placeholder {
  key: string;
  /** The diagram's Mermaid source, from the figure's "view source" block. */
  source: string;
}

/** The diagrams of a page whose drawings are still to be put in. */
export function placeholdersIn(html: string): Placeholder[] {
  return [...html.matchAll(FIGURE)]
    .filter(([figure]) => figure.includes('data-drawing='))
    .map(([, key, , , body]) => ({ key: key!, source: decodeText(SOURCE.exec(body ?? '')?.[1] ?? '') }));
}

/**
 * The page with every empty drawing filled; throws if a drawing is missing from `drawings`.
 * Drawings that share a stylesheet (svg.ts shareStyle) carry it once, in the first of them;
 * given `sheets`, they carry none and their stylesheets are collected there, by class, for a
 * file the page links to (linkStylesheet).
 */
export function fillDrawings(html: string, drawings: ReadonlyMap<string, Diagram>, sheets?: Map<string, string>): string {
  const pageStyles: StyleTarget = sheets ? { site: sheets } : { page: new Set() };
  return html.replace(FIGURE, (figure, key: string, copy: string | undefined) => {
    const diagram = drawings.get(key);
    if (!figure.includes('data-drawing=')) return figure;
    if (!diagram) throw new Error(`No drawing for diagram ${key}`);
    return figure.replace(
      EMPTY_CANVAS,
      (_canvas, classes: string, drawing: Drawing, attributes: string) => `<div class="${classes}"${attributes}>${drawingSvg(diagram, drawing, Number(copy ?? 0), pageStyles)}</div>`,
    );
  });
}

/**
 * `html` with its empty drawings filled (also what the search index is made from); the
 * stylesheets the drawings use go into `sheets`, for the site's one diagram stylesheet.
 */
export async function withDrawings(html: string, renderer: DiagramRenderer, sheets: Map<string, string> = new Map()): Promise<string> {
  const placeholders = placeholdersIn(html);
  if (placeholders.length === 0) return html;
  const drawings = new Map<string, Diagram>();
  for (const { key, source } of placeholders) {
    drawings.set(key, renderer.drawing(key) ?? (await renderer.render(source)));
  }
  return fillDrawings(html, drawings, sheets);
}

/** The diagram stylesheet's file name, under the site, before its hash. */
const STYLESHEET_PREFIX = '_astro/diagrams.';

/** The path under the site of the diagram stylesheet a built page links, if it links one. */
export function linkedStylesheet(html: string): string | undefined {
  const escaped = STYLESHEET_PREFIX.replace(/[./]/g, (char) => `\\${char}`);
  return new RegExp(String.raw`<link rel="stylesheet" href="[^"]*?(${escaped}[\w-]+\.css)"`).exec(html)?.[1];
}

/** The drawings' stylesheets as one file: its name (content-hashed, so it can be cached for good) and text. */
export function stylesheetFile(sheets: ReadonlyMap<string, string>): { name: string; css: string } {
  const css = [...sheets]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, sheet]) => sheet)
    .join('\n');
  return { name: `${STYLESHEET_PREFIX}${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`, css };
}

/** The page linking a stylesheet after its own: the order the drawings' inline stylesheets had. */
export function linkStylesheet(html: string, href: string): string {
  if (!html.includes('</head>')) throw new Error('A page with drawings has no </head> to link their stylesheet from');
  return html.replace('</head>', `<link rel="stylesheet" href="${href}"></head>`);
}
