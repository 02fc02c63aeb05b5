// What a link preview shows of a note (issue 13): its title, where it sits, its description,
// and the first paragraph of the note or of each section, as text. The text is taken from the
// note's tree while it renders (src/plugins/rehype-preview.ts) and kept with the note; the
// build writes them in groups of about 4 to a JSON file (src/pages/previews/, and
// preview-files.ts for which file holds which page), read by src/scripts/link-preview.ts.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Course } from './course.ts';
import { previewFileCount } from './preview-files.ts';

/** Longest excerpt, in characters; a preview is a glance, not the note. */
export const EXCERPT_LENGTH = 220;

export interface PreviewSection {
  heading: string;
  text: string;
}

export interface Preview {
  title: string;
  /** "Kubernetes / 控制平面". */
  where?: string | undefined;
  description?: string | undefined;
  /** The note's first paragraph. */
  text: string;
  /** Heading id -> the section's heading and first paragraph. */
  sections: Record<string, PreviewSection>;
}

/** A page that has a preview: every note, and every module with a page. */
export interface PreviewPage {
  id: string;
  /** The note whose text the preview shows (a module's index note), if any. */
  entryId: string | undefined;
  title: string;
  description: string | undefined;
  /** The note's module, for "where"; undefined for module pages. */
  moduleId: string | undefined;
}

const fileCounts = new WeakMap<Course, number>();

/** How many preview files the course has: computed once per course, read by every note page. */
export function previewFileCountOf(course: Course): number {
  let count = fileCounts.get(course);
  if (count === undefined) fileCounts.set(course, (count = previewFileCount(previewPagesOf(course).length)));
  return count;
}

/** The pages that have previews, in the course's order (the preview files group them, see preview-files.ts). */
export function previewPagesOf(course: Course): PreviewPage[] {
  return [
    ...course.notes.map((note) => ({ id: note.id, entryId: note.id, title: note.title, description: note.description, moduleId: note.moduleId })),
    ...course.modules.flatMap((module) => (module.url ? [{ id: module.id, entryId: module.indexId, title: module.title, description: module.summary, moduleId: undefined }] : [])),
  ];
}

/** Text shortened at a character boundary, with an ellipsis when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const characters = [...clean];
  return characters.length <= length ? clean : `${characters.slice(0, length - 1).join('').trimEnd()}…`;
}

const isElement = (node: RootContent): node is Element => node.type === 'element';
const HEADING = /^h[2-6]$/;

export type PreviewText = Pick<Preview, 'text' | 'sections'>;

/** The first paragraph of the body and of every section with an id, from a note's rendered tree. */
export function extractPreviewText(tree: Root): PreviewText {
  let text = '';
  const sections: Record<string, PreviewSection> = {};
  let open: PreviewSection | undefined;
  for (const node of tree.children.filter(isElement)) {
    const heading = headingOf(node);
    if (heading) {
      const id = heading.properties['id'];
      open = typeof id === 'string' ? { heading: headingText(heading), text: '' } : undefined;
      if (open && typeof id === 'string') sections[id] = open;
    } else if (node.tagName === 'p') {
      const paragraph = excerpt(toString(withoutAsides(node)));
      if (!paragraph) continue;
      if (!text) text = paragraph;
      if (open && !open.text) open.text = paragraph;
    }
  }
  return { text, sections };
}

/** Markup a glance does without: the external-link arrow and its spoken label, footnote numbers. */
const ASIDE = /(^|,)(external-marker|sr-only)(,|$)/;

/** An element without its asides (see ASIDE), for its text. */
function withoutAsides(node: Element): Element {
  const kept = (child: ElementContent) =>
    child.type !== 'element' || !(ASIDE.test(String(child.properties['className'] ?? '')) || (child.tagName === 'sup' && child.children.some((inner) => inner.type === 'element' && inner.properties['dataFootnoteRef'] !== undefined)));
  return { ...node, children: node.children.filter(kept).map((child) => (child.type === 'element' ? withoutAsides(child) : child)) };
}

/** The heading an element is, or wraps (our headings sit in <div class="heading"> with their link). */
function headingOf(node: Element): Element | undefined {
  if (HEADING.test(node.tagName)) return node;
  if (node.tagName !== 'div' || !String(node.properties['className'] ?? '').includes('heading')) return undefined;
  return node.children.find((child): child is Element => child.type === 'element' && HEADING.test(child.tagName));
}

/** A heading's text without its own "link to this section" anchor. */
function headingText(heading: Element): string {
  const own = (node: Element['children'][number]) => !(node.type === 'element' && node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#'));
  return toString({ ...heading, children: heading.children.filter(own) }).trim();
}
