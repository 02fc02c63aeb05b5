// String work on drawn SVGs, shared by rehype-diagrams (inline drawings, `astro dev`) and the
// diagrams integration (drawings put into built pages). Pure functions, tested in svg.test.ts.
import type { Diagram } from './renderer.ts';

/** Narrowest a wide diagram may shrink to, as a share of its natural width; past that it scrolls. */
const MIN_SCALE = 0.6;

export type Scheme = 'light' | 'dark';

/** The id prefix every id in a drawing starts with (see draw-in-page.js). */
export function drawingPrefix(key: string, scheme: Scheme): string {
  return `mmd-${key.slice(0, 10)}${scheme === 'dark' ? '-dark' : ''}`;
}

/**
 * The <svg> of one drawing as it goes into a page. The wrapping element carries the image
 * role and name, so the SVG itself is hidden from assistive technology; it is sized to its
 * natural width, shrinking to at most MIN_SCALE before it scrolls. The n-th copy of the same
 * diagram on a page gets ids of its own.
 */
export function drawingSvg(diagram: Diagram, scheme: Scheme, copy: number): string {
  const { svg, width } = diagram[scheme];
  const size = width > 0 ? ` style="width:${round(width)}px;min-width:min(${round(width * MIN_SCALE)}px,100%)"` : '';
  const prepared = svg.replace(/^<svg\b[^>]*>/, (tag) =>
    tag.replace(/\s(role|aria-[a-z]+|width|style)="[^"]*"/g, '').replace(/^<svg/, `<svg aria-hidden="true" focusable="false"${size}`),
  );
  return renameCopy(prepared, diagram.key, scheme, copy);
}

/** The id of the drawing's <desc> (from accDescr), for aria-describedby. */
export function descriptionId(diagram: Diagram, scheme: Scheme, copy: number): string | undefined {
  const id = /<desc id="([^"]+)"/.exec(diagram[scheme].svg)?.[1];
  return id === undefined ? undefined : renameCopy(id, diagram.key, scheme, copy);
}

/**
 * Every id in a drawing starts with its unique prefix, so renaming the prefix gives a second
 * copy of the same diagram on one page ids (and references) of its own.
 */
export function renameCopy(text: string, key: string, scheme: Scheme, copy: number): string {
  if (copy === 0) return text;
  const prefix = drawingPrefix(key, scheme);
  return text.split(prefix).join(`${prefix}x${copy}`);
}

/** "流程图：开始、判断、结束" from a kind name and the diagram's first labels. */
export function defaultLabel(kind: string, labels: readonly string[], separator: { list: string; colon: string }): string {
  const shown = labels.slice(0, 6).map((label) => (label.length > 24 ? `${label.slice(0, 23)}…` : label));
  return shown.length > 0 ? `${kind}${separator.colon}${shown.join(separator.list)}` : kind;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
