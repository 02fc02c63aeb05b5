// The heading that names a note: the page shows it as the title (remark-lead-heading lifts it
// out), and the vault gives links to it the top of the page.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { canNameNote } from './titles.ts';
import { isTocMarker } from './toc-marker.ts';

/** Nodes that may come before a note's title without being content: `[toc]` markers, comments. */
function isPreamble(node: RootContent): boolean {
  if (node.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  return isTocMarker(node);
}

export interface LeadHeading {
  heading: Heading;
  /** Whether it leaves the body (it only names the note) or stays (it is also a section). */
  lifted: boolean;
}

/**
 * The heading that names a note, if one does (issue 12):
 * - the H1 it opens with (after any `[toc]` marker or comment), when that is its only H1 and
 *   not a numbered section ("# 1. 概述" opens a note that uses H1 for sections) nor a generic
 *   one ("概述");
 * - with no H1 at all, the heading it opens with ("## GMP调度模型"); it stays in the body when
 *   other headings share its level (or frontmatter gives the title), since it is then a
 *   section as well.
 */
export function findLeadHeading(tree: Root, { hasTitle = false }: { hasTitle?: boolean } = {}): LeadHeading | undefined {
  const first = tree.children.find((node) => !isPreamble(node));
  if (first?.type !== 'heading') return undefined;
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const h1s = headings.filter((heading) => heading.depth === 1);
  if (first.depth === 1) {
    return h1s.length === 1 && canNameNote(toString(first)) ? { heading: first, lifted: true } : undefined;
  }
  if (h1s.length > 0 || !canNameNote(toString(first))) return undefined;
  // With a frontmatter title the heading is only a section: it stays where it is.
  return { heading: first, lifted: !hasTitle && headings.filter((heading) => heading.depth === first.depth).length === 1 };
}
