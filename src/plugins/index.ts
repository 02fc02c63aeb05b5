// The Markdown pipeline, in order. astro.config.mjs and the fixture tests both take it from
// here, so the tests render exactly what the site renders.
import type { RehypePlugins, RemarkPlugins, ShikiConfig } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { dictionaryFor } from '../lib/i18n.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import type { Diagrams } from '../integrations/diagrams.ts';
import { headingLinkOptions } from './heading-links.ts';
import rehypeDiagrams from './rehype-diagrams.ts';
import remarkLeadHeading from './remark-lead-heading.ts';
import remarkReadingTime from './remark-reading-time.ts';

export interface MarkdownSetup {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehype: { footnoteLabel: string; footnoteBackLabel: (index: number) => string };
  syntaxHighlight: { type: 'shiki'; excludeLangs: string[] };
  shikiConfig: Partial<ShikiConfig>;
}

export function markdownSetup(site: SiteConfig, diagrams: Diagrams): MarkdownSetup {
  const ui = dictionaryFor(site.locale);
  const diagramLabels = {
    kind: ui.diagramKind,
    viewSource: ui.viewDiagramSource,
    invalid: ui.invalidDiagram,
    separator: { list: ui.listSeparator, colon: ui.colon },
  };
  return {
    // remark-gfm is listed here, so unified() is told gfm: false (it would run GFM twice).
    remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkLeadHeading, remarkReadingTime],
    rehypePlugins: [
      [rehypeDiagrams, { renderer: diagrams.renderer, labels: diagramLabels, onError: () => diagrams.onError, deferDrawings: () => diagrams.deferDrawings }],
      rehypeSlug,
      [rehypeAutolinkHeadings, headingLinkOptions(ui.headingLink)],
    ],
    remarkRehype: { footnoteLabel: ui.footnotes, footnoteBackLabel: (index) => ui.footnoteBack(index + 1) },
    // Mermaid blocks are diagrams, not code to colour.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    // Both themes as CSS variables; src/styles/prose.css picks one per colour scheme.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  };
}
