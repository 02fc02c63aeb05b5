// The H1 that opens a note: the page shows it as the title (remark-lead-heading lifts it out),
// and the vault gives links to it the top of the page. Moved whole from src/plugins/remark-lead-heading.ts.
import type { Heading, Root, RootContent } from 'mdast';
import { isTocMarker } from './toc-marker.ts';

/** Nodes that may come before a note's title without being content: `[toc]` markers, comments. */
function isPreamble(node: RootContent): boolean {
  if (node.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  return isTocMarker(node);
}

/** The H1 that opens a note (after any `[toc]` marker or comment), if there is one. */
export function findLeadHeading(tree: Root): Heading | undefined {
  const first = tree.children.find((node) => !isPreamble(node));
  return first?.type === 'heading' && first.depth === 1 ? first : undefined;
}
