// The Markdown pipeline, in order. astro.config.mjs and the fixture tests both take it from
// here, so the tests render exactly what the site renders.
import { resolve } from 'node:path';
import type { RehypePlugins, RemarkPlugins, ShikiConfig } from '@astrojs/markdown-remark';
import remarkWikiLink from '@flowershow/remark-wiki-link';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import rehypeCallouts from 'rehype-callouts';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFlexibleMarkers from 'remark-flexible-markers';
import remarkGfm from 'remark-gfm';
import type { Pipeline } from '../integrations/pipeline.ts';
import { dictionaryFor } from '../lib/i18n.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import { headingLinkOptions } from './heading-links.ts';
import rehypeCodeBlocks from './rehype-code-blocks.ts';
import rehypeDiagrams from './rehype-diagrams.ts';
import rehypeImageZoom from './rehype-image-zoom.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';
import rehypeToc from './rehype-toc.ts';
import remarkLeadHeading from './remark-lead-heading.ts';
import remarkNoteLinks from './remark-note-links.ts';
import remarkReadingTime from './remark-reading-time.ts';
import remarkTocMarker from './remark-toc-marker.ts';
import { shikiCodeMeta } from './shiki-code-meta.ts';

export interface MarkdownSetup {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehype: { footnoteLabel: string; footnoteBackLabel: (index: number) => string };
  syntaxHighlight: { type: 'shiki'; excludeLangs: string[] };
  shikiConfig: Partial<ShikiConfig>;
}

export function markdownSetup(site: SiteConfig, pipeline: Pipeline): MarkdownSetup {
  const ui = dictionaryFor(site.locale);
  const diagramLabels = {
    kind: ui.diagramKind,
    viewSource: ui.viewDiagramSource,
    zoom: ui.zoomDiagram,
    invalid: ui.invalidDiagram,
    separator: { list: ui.listSeparator, colon: ui.colon },
  };
  return {
    remarkPlugins: [
      // remark-gfm is listed here, so unified() is told gfm: false (it would run GFM twice).
      remarkGfm,
      // [[wikilinks]] and ![[embeds]], parsed only: remark-note-links resolves them.
      remarkWikiLink,
      remarkCjkFriendly,
      // ==highlight==
      remarkFlexibleMarkers,
      remarkLeadHeading,
      remarkTocMarker,
      [
        remarkNoteLinks,
        { contentDir: resolve(site.contentDir), base: site.base, includeDrafts: () => pipeline.command === 'dev', watch: () => pipeline.command === 'dev', missingImage: ui.missingImage },
      ],
      remarkReadingTime,
    ],
    rehypePlugins: [
      [rehypeDiagrams, { renderer: pipeline.renderer, labels: diagramLabels, onError: () => (pipeline.command === 'dev' ? 'inline' : 'fail'), deferDrawings: () => pipeline.command === 'build' }],
      rehypeSlug,
      [rehypeAutolinkHeadings, headingLinkOptions(ui.headingLink)],
      [rehypeToc, { label: ui.tableOfContents }],
      // GitHub alerts and Obsidian callouts: > [!NOTE], > [!tip]- (folded)
      [rehypeCallouts, { theme: 'obsidian', callouts: Object.fromEntries(Object.entries(ui.callouts).map(([type, title]) => [type, { title }])) }],
      [rehypeExternalLinks, externalLinkOptions(ui.externalLink)],
      [rehypeTableScroll, { label: ui.table, separator: diagramLabels.separator }],
      [rehypeImageZoom, { label: ui.zoomDiagram }],
      [rehypeCodeBlocks, { labels: { copy: ui.copyCode, copied: ui.copiedCode, tabs: ui.codeTabs } }],
    ],
    remarkRehype: { footnoteLabel: ui.footnotes, footnoteBackLabel: (index) => ui.footnoteBack(index + 1) },
    // Mermaid blocks are diagrams, not code to colour.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    // Both themes as CSS variables; src/styles/prose.css picks one per colour scheme.
    // Shiki has no PromQL or LogQL grammar: shown as plain text instead of warning per block.
    // github-dark's comments (#6a737d on #24292e, 3:1) fail WCAG AA; github-dark-default's pass.
    // Transformers: {3,5-7} and // [!code highlight] highlight lines, // [!code ++] and -- mark
    // diff lines; shikiCodeMeta reads title=, tab=, showLineNumbers and ```diff lines.
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark-default' },
      defaultColor: false,
      langAlias: { promql: 'text', logql: 'text' },
      transformers: [transformerMetaHighlight(), transformerNotationHighlight(), transformerNotationDiff(), shikiCodeMeta()],
    },
  };
}

/** External links: no opener or referrer, and a small arrow with a spoken "(external link)". */
function externalLinkOptions(label: string) {
  return {
    rel: ['noopener', 'noreferrer'],
    properties: { className: ['external-link'] },
    content: [
      { type: 'element' as const, tagName: 'span', properties: { className: ['external-marker'], ariaHidden: 'true' }, children: [{ type: 'text' as const, value: '↗' }] },
      { type: 'element' as const, tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text' as const, value: label }] },
    ],
  };
}
