import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

/**
 * rehype-autolink-headings, set up to put the link AFTER the heading, inside a wrapper: the
 * heading's own text (and so its id, its TOC entry and its accessible name) stays clean, and
 * the link carries a label of its own for screen readers.
 */
export function headingLinkOptions(label: (heading: string) => string): Options {
  return {
    behavior: 'after',
    // Not the visually hidden "Footnotes" heading remark-rehype adds.
    test: (node: Element) => /^h[2-6]$/.test(node.tagName) && !String(node.properties['className'] ?? '').includes('sr-only'),
    properties: { class: 'heading-link', 'data-pagefind-ignore': '' },
    group: (heading: Element): Element => ({
      type: 'element',
      tagName: 'div',
      properties: { className: ['heading', `heading-${heading.tagName}`] },
      children: [],
    }),
    content: (heading: Element): ElementContent[] => [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: label(toString(heading)) }],
      },
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    ],
  };
}
