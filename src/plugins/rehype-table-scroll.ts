import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from '../lib/walk.ts';

export interface Options {
  /** Word for the region, e.g. "表格"; the region's name adds the table's column headings. */
  label: string;
  separator: { list: string; colon: string };
}

/**
 * Wraps each table in a region that scrolls sideways (src/styles/tables.css) instead of
 * squeezing its columns on a phone. The region is focusable, so keyboard users can scroll it
 * (axe: scrollable-region-focusable), and named after the table's column headings.
 */
export default function rehypeTableScroll({ label, separator }: Options) {
  return (tree: Root) => {
    walk<Element, Root | Element>(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: regionName(node, label, separator) },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}

/** "表格：字段、含义、默认值" from the first row's cells (at most four). */
function regionName(table: Element, label: string, separator: Options['separator']): string {
  let firstRow: Element | undefined;
  walk<Element>(table, 'element', (node) => {
    if (node.tagName !== 'tr') return;
    firstRow = node;
    return 'exit';
  });
  const headings = (firstRow?.children ?? [])
    .filter((cell): cell is Element => cell.type === 'element')
    .map((cell) => toString(cell).trim())
    .filter(Boolean);
  const shown = headings.slice(0, 4).join(separator.list) + (headings.length > 4 ? '…' : '');
  return shown ? `${label}${separator.colon}${shown}` : label;
}
