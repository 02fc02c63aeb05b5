// Renders Markdown through the site's own pipeline: the notes loader (on the main thread and in
// its worker threads), the fixture tests and scripts that need a note's HTML all call this one
// function, so each renders exactly what the site renders.
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { pathToFileURL } from 'node:url';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import type { SiteConfig } from '../lib/site-schema.ts';
import { markdownSetup, type MarkdownContext } from './index.ts';

/** Which remote images count as the site's own (Astro's `image.domains` and `image.remotePatterns`). */
export interface ImageSettings {
  domains?: string[];
  remotePatterns?: unknown[];
}

/** A rendered note, in the shape Astro's content layer keeps (`entry.rendered`). */
export interface RenderedMarkdown {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
    /** Every image the note shows, for Astro's asset pipeline (`assetImports`). */
    imagePaths: string[];
  };
}

/**
 * Renders a note's body (the text after its frontmatter), given its parsed frontmatter and,
 * when the caller parsed the body already (the notes loader does, for the vault), its tree from
 * the same pipeline's `parse`: the render then skips parsing. A tree is used once (rendering
 * changes it) and only for the text it was parsed from; otherwise the body is parsed.
 */
export type NoteRenderer = (body: string, options: { fileURL: URL; frontmatter: Record<string, unknown>; tree?: Root | undefined }) => Promise<RenderedMarkdown>;

/** The site's Markdown pipeline: its parser alone, and the whole render. */
export interface NotePipeline {
  /** The Markdown tree of a body, parsed exactly as `render` parses it (the same syntax extensions). */
  parse(body: string): Root;
  render: NoteRenderer;
  /** Whether Astro's closing HTML pass (rehype-raw) runs only for notes with raw HTML (runRawPassWhenNeeded); known from the first render on. */
  rawPassWhenNeeded: boolean;
}

/**
 * The site's Markdown pipeline, made as Astro's content layer makes its own from
 * astro.config.mjs (the same plugins, Shiki settings and image settings), so a note renders
 * the same wherever it is rendered. `rawPass: 'always'` keeps Astro's closing HTML pass for every
 * note, for the tests that compare it with the default.
 */
export async function createNotePipeline(site: SiteConfig, context: MarkdownContext, image: ImageSettings = {}, { rawPass = 'when-needed' }: { rawPass?: 'when-needed' | 'always' } = {}): Promise<NotePipeline> {
  const setup = markdownSetup(site, context);
  // A tree handed to `render`, taken by the processor's parse step instead of parsing again.
  // Parsing is about a third of a render (micromark: 2.4 s of 1,000 notes), and the loader has
  // parsed every changed note once already for the vault. Astro's processor keeps its unified
  // processor to itself, so the tree goes in through the parser: unified's process() parses
  // synchronously, inside the render call that sets `handoff`.
  let handoff: { body: string; tree: Root } | undefined;
  let rawPassWhenNeeded = false;
  function remarkParsedTree(this: Processor) {
    const parse = this.parser!;
    this.parser = (document, file) => {
      const given = handoff;
      handoff = undefined;
      return given?.body === document ? given.tree : parse(document, file);
    };
    rawPassWhenNeeded = rawPass === 'when-needed' && runRawPassWhenNeeded(this);
  }
  const processor = await createMarkdownProcessor({ ...setup, remarkPlugins: [...setup.remarkPlugins, remarkParsedTree], gfm: false, smartypants: false, image: image as never });
  // Only the parse step of the same remark plugins: their syntax extensions, none of their transforms.
  const parser = unified().use(remarkParse).use(setup.remarkPlugins as never).freeze();
  /** The text each tree from `parse` was parsed from, until it is rendered (rendering changes it). */
  const sources = new WeakMap<Root, string>();
  return {
    parse: (body) => {
      const tree = parser.parse(body) as Root;
      sources.set(tree, body);
      return tree;
    },
    render: async (body, { fileURL, frontmatter, tree }) => {
      if (tree && sources.get(tree) === body) {
        sources.delete(tree);
        handoff = { body, tree };
      }
      const rendering = processor.render(body, { fileURL, frontmatter });
      handoff = undefined;
      const { code, metadata } = await rendering;
      return { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
    },
    get rawPassWhenNeeded() {
      return rawPassWhenNeeded;
    },
  };
}

/**
 * Astro's pipeline ends with rehype-raw, which feeds the whole tree through an HTML parser
 * (parse5) again to fold in the raw HTML a note contains. A note without raw HTML comes out of
 * that pass as the same document (only an attribute without a value gains `=""`), but the pass
 * still costs 0.7 ms a note (140 ms of 200 notes' 1.3 s render, more than any of our plugins),
 * so it runs only for trees that have `raw` nodes.
 * Astro's processor keeps its plugins to itself: this swaps rehype-raw in the processor's list
 * of plugins while it is being set up (`processor` is the one being frozen; rehype-raw comes
 * after this plugin). Returns false, and changes nothing, when rehype-raw is not found there.
 */
function runRawPassWhenNeeded(processor: Processor): boolean {
  // unified marks both fields internal; fixtures.test.ts fails if this stops finding rehype-raw.
  const { attachers, freezeIndex } = processor;
  const index = attachers.findIndex(([plugin]) => plugin === (rehypeRaw as unknown));
  if (index <= freezeIndex) return false;
  const [, ...options] = attachers[index]!;
  function rehypeRawWhenNeeded(this: Processor, ...given: Parameters<typeof rehypeRaw>) {
    const transform = rehypeRaw.apply(this, given);
    return (tree: HastRoot, file: VFile) => (hasRaw(tree) ? transform(tree, file) : tree);
  }
  attachers[index] = [rehypeRawWhenNeeded as never, ...options];
  return true;
}

/** Whether a hast tree has a `raw` node (HTML passed through as text). */
function hasRaw(tree: Node): boolean {
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'raw') return true;
    const children = (node as Partial<Parent>).children;
    if (children) for (const child of children) stack.push(child);
  }
  return false;
}

/** For the fixture tests and scripts: renders Markdown (no frontmatter) as the file `file`. */
export async function createRenderer(site: SiteConfig, context: MarkdownContext) {
  const { render } = await createNotePipeline(site, context);
  return async (markdown: string, file: string, frontmatter: Record<string, unknown> = {}) => {
    const { html, metadata } = await render(markdown, { fileURL: pathToFileURL(file), frontmatter });
    return { code: html, metadata };
  };
}
