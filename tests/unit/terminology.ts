// Finds non-preferred term variants in the prose of a note: text the reader sees outside code
// (fenced or inline), raw HTML and link targets. Used by terminology.test.ts.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface Term {
  preferred: string;
  english: string;
  forbidden: string[];
}

export interface Finding {
  line: number;
  column: number;
  variant: string;
  preferred: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** A whole-word, case-sensitive pattern for ASCII variants; a plain substring for CJK ones. */
function patternOf(variant: string): RegExp {
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^[\x20-\x7e]+$/.test(variant) ? new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`, 'g') : new RegExp(escaped, 'g');
}

/**
 * Every forbidden variant in `source` (a whole Markdown file), with 1-based line and column, in
 * source order. The column is exact on a text node's first line; on its later lines (a paragraph
 * wrapped inside a list item) it counts from where the text starts after the indentation.
 */
export function findVariants(source: string, terms: readonly Term[]): Finding[] {
  const patterns = terms.flatMap((term) => term.forbidden.map((variant) => ({ variant, preferred: term.preferred, re: patternOf(variant) })));
  const findings: Finding[] = [];
  const scan = (text: string, line: number, column: number) => {
    for (const { variant, preferred, re } of patterns) {
      for (const match of text.matchAll(re)) {
        const before = text.slice(0, match.index);
        const lines = before.split('\n');
        findings.push({
          line: line + lines.length - 1,
          column: lines.length === 1 ? column + before.length : (lines.at(-1)?.length ?? 0) + 1,
          variant,
          preferred,
        });
      }
    }
  };

  // Frontmatter title and description are shown to readers too.
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  for (const key of ['title', 'description', 'summary']) {
    const value = (frontmatter as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const index = source.split('\n').findIndex((text) => text.startsWith(`${key}:`));
    scan(value, index + 1, key.length + 3);
  }

  // Text marked as English (<span lang="en">leader</span>) is the English term itself, not a variant.
  const walk = (node: Nodes) => {
    if (node.type === 'text' && node.position) scan(node.value, node.position.start.line, node.position.start.column);
    if (!('children' in node)) return;
    let english = false;
    for (const child of node.children as Nodes[]) {
      if (child.type === 'html') {
        if (/^<span\s[^>]*\blang="en"/.test(child.value)) english = true;
        else if (/^<\/span>/.test(child.value)) english = false;
      } else if (!english) walk(child);
    }
  };
  walk(parser.parse(content) as Root);
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
