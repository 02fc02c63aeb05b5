import type { Nodes, Paragraph, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { setNoteData } from './note-data.ts';
import { walk } from '../lib/walk.ts';

/**
 * Obsidian's tag syntax: "#" at the start or after a space, then letters, digits, "_", "-" or
 * "/", not digits alone ("#123" is an issue number, "C#" is a language).
 */
const TAG = /(^|[\s（(，,、])#([\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;

/**
 * Obsidian inline tags (issue 12, case 14): a paragraph of tags only (`#算法 #mysql`, often the
 * first or last line of a note) is taken out of the text; tags inside a sentence stay, marked
 * as tags. Both become the note's tags (merged with frontmatter `tags` by the course).
 */
export default function remarkInlineTags() {
  return (tree: Root, file: VFile) => {
    const tags = new Set<string>();
    walk<Nodes, Parents>(tree, null, (node, index, parent) => {
      if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'html') return 'skip';
      if (node.type === 'paragraph' && parent && index !== undefined && isTagLine(node)) {
        for (const match of textOf(node).matchAll(TAG)) tags.add(match[2]!);
        parent.children.splice(index, 1);
        return ['skip', index];
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const parts = splitTags(node, tags);
      if (parts.length === 1) return undefined;
      parent.children.splice(index, 1, ...(parts as never[]));
      return ['skip', index + parts.length];
    });
    if (tags.size > 0) setNoteData(file, { inlineTags: [...tags] });
  };
}

function textOf(paragraph: Paragraph): string {
  return paragraph.children.map((child) => (child.type === 'text' ? child.value : child.type === 'break' ? '\n' : '\u0000')).join('');
}

/** A paragraph with nothing but tags and spaces in it. */
function isTagLine(paragraph: Paragraph): boolean {
  const text = textOf(paragraph);
  return /#/.test(text) && text.replace(TAG, '$1').trim() === '';
}

/** A text node split into text and tag elements (rendered as <span class="inline-tag">). */
function splitTags(node: Text, tags: Set<string>): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(TAG)) {
    const start = match.index + match[1]!.length;
    const tag = match[2]!.replace(/[-/]+$/, '');
    if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
    tags.add(tag);
    parts.push({ type: 'text', value: `#${tag}`, data: { hName: 'span', hProperties: { className: ['inline-tag'] }, hChildren: [{ type: 'text', value: `#${tag}` }] } } as Text);
    last = start + 1 + tag.length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
