import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Typora's `[toc]` / `[TOC]` and CSDN's `@[TOC]` or `@[TOC](目录)` on a line of their own.
 * (`@[TOC](目录)` parses as "@" followed by a link, so the link is part of the marker.)
 */
export function isTocMarker(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const text = toString(node).trim();
  if (/^@?\[toc\]$/i.test(text)) return true;
  return /^@toc$/i.test(text) && node.children.some((child) => child.type === 'link');
}
