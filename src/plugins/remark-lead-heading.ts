import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { findLeadHeading } from '../lib/lead-heading.ts';
import { setNoteData } from '../lib/note-data.ts';
import { walk } from '../lib/walk.ts';

export interface Options {
  /**
   * Move the remaining headings one level down when the note still has H1s after the lead
   * one is lifted out (Typora and Obsidian notes often use H1 for sections), so the page keeps
   * one H1 and the table of contents finds the sections.
   * @default true
   */
  demoteSections?: boolean;
}

/**
 * Lifts a note's naming heading out of the body: the page shows the title itself, so the H1
 * would repeat it. Its text is recorded as the title to use when frontmatter has none.
 */
export default function remarkLeadHeading(options: Options = {}) {
  const { demoteSections = true } = options;
  return (tree: Root, file: VFile) => {
    const title = file.data.astro?.frontmatter?.['title'];
    const lead = findLeadHeading(tree, { hasTitle: typeof title === 'string' && title.trim() !== '' });
    if (lead) {
      if (lead.lifted) tree.children.splice(tree.children.indexOf(lead.heading), 1);
      setNoteData(file, { leadHeading: toString(lead.heading) });
    }
    const headings: Heading[] = [];
    walk<Heading>(tree, 'heading', (heading) => {
      headings.push(heading);
    });
    if (demoteSections && headings.some((heading) => heading.depth === 1)) {
      for (const heading of headings) {
        heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth'];
      }
    }
  };
}

// Moved to src/lib/lead-heading.ts with its helper (the vault needs it too).
export { findLeadHeading, type LeadHeading } from '../lib/lead-heading.ts';
