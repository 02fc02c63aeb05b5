import type { Root } from 'mdast';
import { isTocMarker } from './toc-marker.ts';

/**
 * Marks the place of a `[toc]` / `@[TOC]` line (Typora, CSDN). rehype-toc fills it once the
 * headings have their ids; it runs before link resolution because `@[TOC](目录)` reads as a link.
 */
export default function remarkTocMarker() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) =>
      isTocMarker(node) ? { type: 'paragraph', children: [], data: { hName: 'div', hProperties: { className: ['toc-marker'], dataTocMarker: '' } } } : node,
    );
  };
}
