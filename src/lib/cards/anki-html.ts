// Card HTML as the review page shows it -> HTML Anki shows: each diagram becomes an SVG image
// in the package's media (Anki's editor and sync keep <img> but mangle inline SVG), and links
// and images point at the published site.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { tokenColourRules } from '../code-colours.ts';

export interface AnkiHtml {
  html: string;
  /** Media file name -> SVG text. */
  media: Map<string, string>;
}

const hasClass = (node: Element, name: string) => Array.isArray(node.properties['className']) && node.properties['className'].includes(name);

/**
 * `siteUrl` is the published site with its base path ("https://u.github.io/repo/"), when known.
 * `diagramCss` is the site's diagram stylesheet (pages link it; an SVG image must carry it).
 */
export function toAnkiHtml(html: string, siteUrl: string | undefined, diagramCss = ''): AnkiHtml {
  const tree: Root = fromHtml(html, { fragment: true });
  const media = new Map<string, string>();
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'figure' && hasClass(node, 'diagram') && parent && index !== undefined) {
      // One drawing for both schemes, or (where they could not be merged) the light one.
      const canvases = node.children.filter((child): child is Element => child.type === 'element' && hasClass(child, 'diagram-canvas'));
      const light = canvases.find((child) => hasClass(child, 'diagram-light')) ?? canvases.find((child) => !hasClass(child, 'diagram-dark'));
      const svg = light?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
      if (!svg) return;
      const name = `diagram-${String(node.properties['dataDiagram'] ?? media.size).slice(0, 16)}.svg`;
      let text = toHtml(svg, { space: 'svg' });
      if (!/^<svg[^>]*\sxmlns=/.test(text)) text = text.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
      // An SVG image is an XML document of its own: the stylesheet goes inside, as CDATA, in the
      // light scheme (as print: Anki's card colours are its own).
      if (diagramCss) text = text.replace(/^<svg[^>]*>/, (open) => `${open}<style><![CDATA[:root{color-scheme:light}${diagramCss}]]></style>`);
      media.set(name, text);
      parent.children[index] = { type: 'element', tagName: 'img', properties: { src: name, alt: String(light?.properties['ariaLabel'] ?? ''), className: ['diagram'] }, children: [] };
      return 'skip';
    }
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && value.startsWith('/') && siteUrl) node.properties[attribute] = new URL(value, siteUrl).href;
    }
    return undefined;
  });
  return { html: toHtml(tree), media };
}

/** Shiki's colours are CSS variables per scheme: Anki's night mode gets the dark ones. */
export const ANKI_CSS = `.card { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 18px; line-height: 1.6; text-align: left; color: #1f2328; background: #fff; max-width: 46rem; margin: 0 auto; }
.nightMode.card, .night_mode .card { color: #e6edf3; background: #0f1419; }
pre { padding: 0.75em 1em; border-radius: 6px; overflow-x: auto; background: var(--shiki-light-bg, #f6f8fa); font-size: 0.9em; }
pre, pre span { color: var(--shiki-light); }
.nightMode pre, .night_mode pre { background: var(--shiki-dark-bg, #0d1117); }
.nightMode pre, .night_mode pre, .nightMode pre span, .night_mode pre span { color: var(--shiki-dark); }
${tokenColourRules('pre')}
code { font-family: ui-monospace, Menlo, Consolas, monospace; }
img.diagram { display: block; max-width: 100%; height: auto; background: #fff; border-radius: 6px; padding: 4px; }
.cloze-gap, .cloze-answer { font-weight: bold; color: #0a5ec2; }
.source { font-size: 0.85em; color: #57606a; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 0.2em 0.5em; }
`;
