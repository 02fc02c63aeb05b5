// String work on drawn SVGs, shared by rehype-diagrams (inline drawings, `astro dev`) and the
// diagrams integration (drawings put into built pages). Pure functions, tested in svg.test.ts.
import { createHash } from 'node:crypto';
import { decodeText } from '../html-text.ts';
import { mergeSchemes } from './merge.ts';
import type { Diagram } from './renderer.ts';

/** Narrowest a wide diagram may shrink to, as a share of its natural width; past that it scrolls. */
const MIN_SCALE = 0.6;

export type Scheme = 'light' | 'dark';
/** What a canvas shows: one drawing for both schemes (merge.ts), or one scheme's drawing. */
export type Drawing = Scheme | 'both';

/** The id prefix every id in a drawing starts with (see draw-in-page.js). */
export function drawingPrefix(key: string, scheme: Scheme): string {
  return `mmd-${key.slice(0, 10)}${scheme === 'dark' ? '-dark' : ''}`;
}

/**
 * The <svg> of one drawing as it goes into a page. The wrapping element carries the image
 * role and name, so the SVG itself is hidden from assistive technology; it is sized to its
 * natural width, shrinking to at most MIN_SCALE before it scrolls. The n-th copy of the same
 * diagram on a page gets ids of its own. Its shared stylesheet (see shareStyle) goes where
 * `styles` says: into the page, unless the page already has it, or into a site-wide file.
 */
export function drawingSvg(diagram: Diagram, drawing: Drawing, copy: number, styles: StyleTarget = { page: new Set() }): string {
  const scheme = drawing === 'both' ? 'light' : drawing;
  const { width } = diagram[scheme];
  const svg = drawing === 'both' ? bothSchemes(diagram) : diagram[drawing].svg;
  if (svg === undefined) throw new Error(`Diagram ${diagram.key.slice(0, 10)} has no drawing for both schemes`);
  const size = width > 0 ? `width:${round(width)}px;min-width:min(${round(width * MIN_SCALE)}px,100%)` : '';
  const prepared = svg.replace(/^<svg\b[^>]*>/, (tag) => tag.replace(/\s(role|aria-[a-z]+|width|style)="[^"]*"/g, '').replace(/^<svg/, '<svg aria-hidden="true" focusable="false"'));
  const shared = shareStyle(compact(prepared), drawingPrefix(diagram.key, scheme));
  let out = shared.svg;
  if (shared.className === undefined) out = out.replace(STYLE_PLACE, shared.css ? `<style>${shared.css}</style>` : '');
  else if ('site' in styles) {
    // In the page, an SVG <style>'s text is HTML (mermaid wrote "text.actor&gt;tspan"); a CSS file is not.
    styles.site.set(shared.className, decodeText(shared.css));
    out = out.replace(STYLE_PLACE, '');
  } else if (!styles.page.has(shared.className)) {
    styles.page.add(shared.className);
    out = out.replace(STYLE_PLACE, `<style>${shared.css}</style>`);
  } else out = out.replace(STYLE_PLACE, '');
  const style = [size, ...shared.properties].filter(Boolean).join(';');
  if (style) out = out.replace(/^<svg aria-hidden="true" focusable="false"/, `$&${` style="${style}"`}`);
  return renameCopy(out, diagram.key, scheme, copy);
}

const STYLE_PLACE = '\u0000';

/**
 * Where drawings' shared stylesheets go: `page` lists the classes whose stylesheet the page
 * already carries (the first drawing of a kind carries it); `site` collects them, by class,
 * for one stylesheet file that pages link to (src/integrations/diagrams.ts).
 */
export type StyleTarget = { page: Set<string> } | { site: Map<string, string> };

/** What shareStyle makes of a drawing. */
export interface SharedStyle {
  /** The drawing, its stylesheet's place marked with U+0000. */
  svg: string;
  /** Its stylesheet, scoped by `className` instead of the drawing's id. */
  css: string;
  /** The class (dg-<hash of css>) on the drawing's <svg>: drawings with the same class share one stylesheet. */
  className: string | undefined;
  /** Custom properties for the drawing's own <svg>: the paint servers its stylesheet refers to. */
  properties: string[];
}

/**
 * Mermaid gives every drawing a 6-8 KB stylesheet scoped by the drawing's id, the same for
 * every drawing of a type except for the id. Scoped by a class named after its content
 * instead, the stylesheets of a page's flowcharts are one. References to the drawing's own
 * paint servers (url(#…-gradient)) become custom properties set on the drawing. The scope
 * `:is(.dg-…,#_)` keeps the id's specificity, so rules outside the drawing weigh as before.
 * The class name does not contain "mmd-", which the zoom viewer renames in its copy.
 */
export function shareStyle(svg: string, prefix: string): SharedStyle {
  const match = /<style>([\s\S]*?)<\/style>/.exec(svg);
  if (!match) return { svg, css: '', className: undefined, properties: [] };
  const without = svg.slice(0, match.index) + STYLE_PLACE + svg.slice(match.index + match[0].length);
  if (match[1]!.trim() === '') return { svg: without, css: '', className: undefined, properties: [] };
  const escaped = prefix.replace(/[^\w]/g, '\\$&');
  const properties = new Map<string, string>();
  const css = match[1]!.replace(new RegExp(String.raw`url\(#${escaped}-([\w-]+)\)`, 'g'), (reference, name: string) => {
    properties.set(`--dg-${name}`, reference);
    return `var(--dg-${name})`;
  });
  // Any other mention of the drawing's own ids: this stylesheet is the drawing's alone.
  if (new RegExp(`${escaped}-`).test(css)) return { svg, css: match[1]!, className: undefined, properties: [] };
  const hash = createHash('sha256').update(css.split(`#${prefix}`).join('#')).digest('hex').slice(0, 8);
  const className = `dg-${hash}`;
  const scoped = css.replace(new RegExp(`#${escaped}(?![\\w-])`, 'g'), `:is(.${className},#_)`);
  const tagged = without.replace(/^<svg\b[^>]*>/, (tag) =>
    /\sclass="/.test(tag) ? tag.replace(/\sclass="([^"]*)"/, (_attribute, list: string) => ` class="${list} ${className}"`) : `${tag.slice(0, -1)} class="${className}">`,
  );
  return { svg: tagged, css: scoped, className, properties: [...properties].map(([name, value]) => `${name}:${value}`) };
}

const merged = new Map<string, string | null>();

/**
 * The diagram's one drawing for both colour schemes, or undefined when its light and dark
 * drawings differ in more than colours (then a page carries both; CSS shows one).
 */
export function bothSchemes(diagram: Diagram): string | undefined {
  let svg = merged.get(diagram.key);
  if (svg === undefined) {
    svg = mergeSchemes(diagram.light.svg, diagram.dark.svg, drawingPrefix(diagram.key, 'light'), drawingPrefix(diagram.key, 'dark')) ?? null;
    merged.set(diagram.key, svg);
  }
  return svg ?? undefined;
}

/** The id of the drawing's <desc> (from accDescr), for aria-describedby. */
export function descriptionId(diagram: Diagram, drawing: Drawing, copy: number): string | undefined {
  const scheme = drawing === 'both' ? 'light' : drawing;
  const id = /<desc id="([^"]+)"/.exec(diagram[scheme].svg)?.[1];
  return id === undefined ? undefined : renameCopy(id, diagram.key, scheme, copy);
}

/** Definitions mermaid adds whether or not the diagram uses them (sequence diagrams' icons: 13 KB). */
const DEFINITION = /<(symbol|marker|filter|linearGradient|radialGradient|pattern|clipPath)\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g;

/**
 * Mermaid writes coordinates with 15 significant digits, every edge's points again as base64
 * (data-points, for its own scripts) and definitions nothing refers to: without them, at a
 * hundredth of a pixel (invisible even at the zoom viewer's 10x), a drawing looks the same and
 * weighs about a third less. Sizes are rounded up, so that a label's box never clips its text.
 * Also gone: ids and data- attributes nothing refers to (mermaid tags every element for its own
 * scripts; the drawing's stylesheet selects a few, e.g. [data-look]), empty style attributes,
 * repeated classes and empty <rect>s.
 */
export function compact(svg: string): string {
  const stylesheet = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
  // What `url(#id)` and `href="#id"` point at, gathered in one pass rather than one search of the drawing per id.
  const pointedAt = new Set([...svg.matchAll(/#([^#)"]*)[)"]/g)].map((match) => match[1]));
  const referenced = (id: string): boolean => pointedAt.has(id) || stylesheet.includes(`#${id}`);
  return svg
    .replace(DEFINITION, (element, _tag: string, id: string) => (referenced(id) ? element : ''))
    .replace(/\sdata-([\w-]+)="[^"]*"/g, (attribute, name: string) => (stylesheet.includes(`data-${name}`) ? attribute : ''))
    // The drawing's own id (the root's), its title's and description's (aria-describedby) stay.
    .replace(/(<(?!svg\b)[\w:-]+\b[^>]*?)\sid="([^"]+)"/g, (element, start: string, id: string) => (referenced(id) || /-chart-(title|desc)\b/.test(id) ? element : start))
    .replace(/\sstyle=""/g, '')
    .replace(/<rect><\/rect>/g, '')
    .replace(/\sclass="([^"]*)"/g, (_attribute, list: string) => ` class="${[...new Set(list.split(/\s+/).filter(Boolean))].join(' ')}"`)
    .replace(/(\s(d|transform|points|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|style)=")([^"]*)"/g, (_attribute, start: string, name: string, value: string) => {
      const round = name === 'width' || name === 'height' ? Math.ceil : Math.round;
      return `${start}${value.replace(/-?\d*\.\d{3,}/g, (number, offset: number, text: string) => roundNumber(number, offset, text, round))}"`;
    });
}

function roundNumber(number: string, offset: number, text: string, round: (value: number) => number): string {
  const rounded = String(round(Number(number) * 100) / 100).replace(/^(-?)0\./, '$1.');
  // "1.5.25" is two numbers: a rounded one must not run into the number before or after it.
  const before = /[\d.]/.test(text[offset - 1] ?? '') && !rounded.startsWith('-') ? ' ' : '';
  const after = text[offset + number.length] === '.' && !rounded.includes('.') ? ' ' : '';
  return `${before}${rounded}${after}`;
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
