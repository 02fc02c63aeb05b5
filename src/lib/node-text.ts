import type { Nodes } from 'mdast';

/**
 * The text a Markdown node shows once rendered: like mdast-util-to-string, but a wikilink shows
 * its alias (or "Note > Heading"), not its raw target, and inline HTML shows its text.
 */
export function nodeText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return node.value.replace(/<[^>]*>/g, '');
    case 'image':
    case 'imageReference':
      return '';
    default: {
      const wiki = node as unknown as { type: string; value?: string; data?: { alias?: string } };
      if (wiki.type === 'wikiLink' || wiki.type === 'embed') return wikiLinkText(wiki.value ?? '', wiki.data?.alias);
      return 'children' in node ? (node.children as Nodes[]).map(nodeText).join('') : '';
    }
  }
}

/** The text of `root` that comes before `target`, which is somewhere inside it. */
export function textBefore(root: Nodes, target: Nodes): string {
  let before = '';
  const walk = (node: Nodes): boolean => {
    if (node === target) return true;
    if ('children' in node) {
      for (const child of node.children as Nodes[]) if (walk(child)) return true;
      return false;
    }
    before += nodeText(node);
    return false;
  };
  walk(root);
  return before;
}

/** What a wikilink shows: its alias, else "Note > Heading" the way Obsidian shows it. */
export function wikiLinkText(target: string, alias: string | undefined): string {
  if (alias?.trim()) return alias.trim();
  const [page = '', heading] = target.trim().split('#');
  if (!page.trim()) return heading?.trim() ?? '';
  return heading ? `${page.trim()} > ${heading.trim()}` : page.trim();
}
