import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from '../lib/walk.ts';

export interface Options {
  /** Label of the inline table of contents. */
  label: string;
  /** Deepest heading listed. @default 3 */
  maxDepth?: number;
}

/** Fills each `[toc]` marker (remark-toc-marker) with a nested list of the note's h2-h3 links. */
export default function rehypeToc({ label, maxDepth = 3 }: Options) {
  return (tree: Root) => {
    const markers: Element[] = [];
    const headings: { depth: number; id: string; text: string }[] = [];
    walk<Element>(tree, 'element', (node) => {
      if (node.properties['dataTocMarker'] !== undefined) markers.push(node);
      const depth = /^h([2-6])$/.exec(node.tagName)?.[1];
      if (depth && Number(depth) <= maxDepth && typeof node.properties['id'] === 'string') {
        headings.push({ depth: Number(depth), id: node.properties['id'], text: toString(node) });
      }
    });
    for (const marker of markers) {
      marker.tagName = 'nav';
      marker.properties = { className: ['toc-inline-marker'], ariaLabel: label };
      marker.children = headings.length > 0 ? [list(headings)] : [];
    }
  };
}

function list(headings: { depth: number; id: string; text: string }[]): Element {
  const top = Math.min(...headings.map((heading) => heading.depth));
  const items: Element[] = [];
  let nested: { depth: number; id: string; text: string }[] = [];
  const flush = () => {
    const last = items.at(-1);
    if (nested.length > 0 && last) last.children.push(list(nested));
    nested = [];
  };
  for (const heading of headings) {
    if (heading.depth > top && items.length > 0) {
      nested.push(heading);
      continue;
    }
    flush();
    const link: ElementContent = { type: 'element', tagName: 'a', properties: { href: `#${heading.id}` }, children: [{ type: 'text', value: heading.text }] };
    items.push({ type: 'element', tagName: 'li', properties: {}, children: [link] });
  }
  flush();
  return { type: 'element', tagName: 'ol', properties: {}, children: items };
}
