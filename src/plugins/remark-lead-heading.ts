import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { setNoteData } from './note-data.ts';

export interface Options {
  /**
   * Move the remaining headings one level down when the note still has H1s after the lead
   * one is lifted out (Typora and Obsidian notes often use H1 for sections), so the page keeps
   * one H1 and the table of contents finds the sections.
   * @default true
   */
  demoteSections?: boolean;
}

/** Nodes that may come before a note's title without being content: `[toc]` markers, comments. */
function isPreamble(node: RootContent): boolean {
  if (node.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  if (node.type === 'paragraph') return /^\s*@?\[toc\]\s*$/i.test(toString(node));
  return false;
}

/**
 * Lifts a note's opening H1 out of the body: the page shows the title itself, so the H1 would
 * repeat it. Its text is recorded as the title to use when frontmatter has none.
 */
export default function remarkLeadHeading(options: Options = {}) {
  const { demoteSections = true } = options;
  return (tree: Root, file: VFile) => {
    const index = tree.children.findIndex((node) => !isPreamble(node));
    const first = tree.children[index];
    if (first?.type === 'heading' && first.depth === 1) {
      tree.children.splice(index, 1);
      setNoteData(file, { leadHeading: toString(first) });
    }
    const headings: Heading[] = [];
    visit(tree, 'heading', (heading) => {
      headings.push(heading);
    });
    if (demoteSections && headings.some((heading) => heading.depth === 1)) {
      for (const heading of headings) {
        heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth'];
      }
    }
  };
}
