// Puts drawings into built pages. In a build, rehype-diagrams leaves each drawing's place
// empty (<div … data-drawing="light"></div>) so that megabytes of SVG stay out of Astro's
// content cache and bundle; this fills them from the diagram cache. Pure, tested in fill.test.ts.
import { decodeText } from '../html-text.ts';
import type { Diagram } from './renderer.ts';
import { drawingSvg, type Drawing } from './svg.ts';

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
 * Drawings that share a stylesheet (svg.ts shareStyle) carry it once, in the first of them.
 */
export function fillDrawings(html: string, drawings: ReadonlyMap<string, Diagram>): string {
  const pageStyles = new Set<string>();
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
