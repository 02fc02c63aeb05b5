import type { Element, Root } from 'hast';
import { walk } from '../lib/walk.ts';

export interface Options {
  /** Said after the image's text alternative, e.g. "放大查看". */
  label: string;
}

/**
 * Makes each image of a note a button that opens it in the zoom viewer (src/scripts/zoom.ts):
 * reachable with the keyboard, named by the image's text alternative and what it does. Images
 * inside links keep doing what the link does.
 */
export default function rehypeImageZoom({ label }: Options) {
  return (tree: Root) => {
    walk<Element, Root | Element>(tree, 'element', (node, index, parent, ancestors) => {
      if (node.tagName !== 'img' || !parent || ancestors.some((ancestor) => ancestor.type === 'element' && (ancestor.tagName === 'a' || ancestor.tagName === 'button'))) return;
      const button: Element = {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['image-zoom'] },
        children: [node, { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` ${label}` }] }],
      };
      parent.children[index!] = button;
      return 'skip';
    });
  };
}
