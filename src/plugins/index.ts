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
import remarkMath from 'remark-math';
import type { DrawsDiagrams } from '../lib/diagrams/renderer.ts';
import { dictionaryFor } from '../lib/i18n.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import type { Vault } from '../lib/vault.ts';
import { headingLinkOptions } from './heading-links.ts';
import rehypeCards from './rehype-cards.ts';
import rehypeCodeBlocks from './rehype-code-blocks.ts';
import rehypeDiagrams from './rehype-diagrams.ts';
import rehypeImageZoom from './rehype-image-zoom.ts';
import rehypeMath from './rehype-math.ts';
import rehypePreview from './rehype-preview.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';
import rehypeToc from './rehype-toc.ts';
import remarkCjkAutolinks from './remark-cjk-autolinks.ts';
import remarkCodeLanguages from './remark-code-languages.ts';
import remarkInlineTags from './remark-inline-tags.ts';
import remarkCards from './remark-cards.ts';
import remarkLeadHeading from './remark-lead-heading.ts';
import remarkMathFlag from './remark-math-flag.ts';
import remarkNoteLinks from './remark-note-links.ts';
import remarkReadingTime from './remark-reading-time.ts';
import remarkTocMarker from './remark-toc-marker.ts';
import { shikiCodeMeta } from './shiki-code-meta.ts';
import { shikiCompact } from './shiki-compact.ts';
import { whenTextHas } from './when-text-has.ts';

export interface MarkdownSetup {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehype: { footnoteLabel: string; footnoteBackLabel: (index: number) => string };
  syntaxHighlight: { type: 'shiki'; excludeLangs: string[] };
  shikiConfig: Partial<ShikiConfig>;
}

/** What the plugins need from the run they render in (the build context in integrations/build-context.ts provides it). */
export interface MarkdownContext {
  /** One diagram renderer for every note. */
  renderer: DrawsDiagrams;
  /** The notes folder as the notes loader read it. */
  vault(): Vault;
  /** Under `astro dev`: drafts published, diagram errors shown in place. */
  dev(): boolean;
  /** The Astro command: a build defers drawings into the built pages. */
  command(): string;
}

export function markdownSetup(site: SiteConfig, context: MarkdownContext): MarkdownSetup {
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
      // $…$ and $$…$$, drawn at build time by rehype-katex.
      remarkMath,
      remarkCjkAutolinks,
      remarkCjkFriendly,
      // ==highlight==
      whenTextHas(/==/, remarkFlexibleMarkers),
      // Before remark-lead-heading: a line of tags above the title is not the note's first block.
      remarkInlineTags,
      remarkLeadHeading,
      remarkTocMarker,
      remarkCodeLanguages,
      remarkMathFlag,
      [
        remarkNoteLinks,
        { contentDir: resolve(site.contentDir), vault: context.vault, base: site.base, includeDrafts: context.dev, missingImage: ui.missingImage },
      ],
      remarkReadingTime,
      // After links are resolved: marks flashcards for rehype-cards.
      [remarkCards, { sections: site.cards.sections, deckTag: site.cards.deckTag }],
    ],
    rehypePlugins: [
      // KaTeX: HTML and MathML, no script; errors are shown in place (red source) rather than stopping the build.
      [rehypeMath, { throwOnError: false, strict: 'ignore' }],
      [rehypeDiagrams, { renderer: context.renderer, labels: diagramLabels, onError: () => (context.dev() ? 'inline' : 'fail'), deferDrawings: () => context.command() === 'build' }],
      rehypeSlug,
      [rehypeAutolinkHeadings, headingLinkOptions(ui.headingLink)],
      [rehypeToc, { label: ui.tableOfContents }],
      // GitHub alerts and Obsidian callouts: > [!NOTE], > [!tip]- (folded)
      [whenTextHas(/\[!/, rehypeCallouts), { theme: 'obsidian', callouts: Object.fromEntries(Object.entries(ui.callouts).map(([type, title]) => [type, { title }])) }],
      // Links to http(s) addresses, written out or found by GFM (www.…: http://www.…).
      [whenTextHas(/https?:|www\./i, rehypeExternalLinks), externalLinkOptions(ui.externalLink)],
      [rehypeTableScroll, { label: ui.table, separator: diagramLabels.separator }],
      [rehypeImageZoom, { label: ui.zoomDiagram }],
      [rehypeCodeBlocks, { labels: { copy: ui.copyCode, copied: ui.copiedCode, tabs: ui.codeTabs } }],
      // Takes the flashcards out, rendered like the note.
      rehypeCards,
      // Last: what a link preview shows, from the note as its page will show it.
      rehypePreview,
    ],
    remarkRehype: { footnoteLabel: ui.footnotes, footnoteBackLabel: (index) => ui.footnoteBack(index + 1) },
    // Mermaid blocks are diagrams, not code to colour.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    // Both themes as CSS variables; src/styles/prose.css picks one per colour scheme.
    // Shiki has no PromQL or LogQL grammar: shown as plain text instead of warning per block.
    // github-dark's comments (#6a737d on #24292e, 3:1) fail WCAG AA; github-dark-default's pass.
    // Transformers: {3,5-7} and // [!code highlight] highlight lines, // [!code ++] and -- mark
    // diff lines; shikiCodeMeta reads title=, tab=, showLineNumbers and ```diff lines; shikiCompact,
    // last, drops the markup unmarked lines and default-coloured tokens do not need.
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark-default' },
      defaultColor: false,
      langAlias: { promql: 'text', logql: 'text' },
      transformers: [transformerMetaHighlight(), transformerNotationHighlight(), transformerNotationDiff(), shikiCodeMeta(), shikiCompact()],
    },
  };
}

/** External links: no opener or referrer, and a small arrow with a spoken "(external link)". */
function externalLinkOptions(label: string) {
  return {
    rel: ['noopener', 'noreferrer'],
    // Not in headings: the marker would join the heading's text in the table of contents (issue 12).
    test: (_element: unknown, _index?: number, parent?: { type: string; tagName?: string }) => !(parent?.type === 'element' && /^h[1-6]$/.test(parent.tagName ?? '')),
    properties: { className: ['external-link'] },
    content: [
      { type: 'element' as const, tagName: 'span', properties: { className: ['external-marker'], ariaHidden: 'true' }, children: [{ type: 'text' as const, value: '↗' }] },
      { type: 'element' as const, tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text' as const, value: label }] },
    ],
  };
}
