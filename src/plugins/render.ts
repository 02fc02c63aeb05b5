// Renders Markdown through the site's own pipeline: the notes loader (on the main thread and in
// its worker threads), the fixture tests and scripts that need a note's HTML all call this one
// function, so each renders exactly what the site renders.
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
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
}

/**
 * The site's Markdown pipeline, made as Astro's content layer makes its own from
 * astro.config.mjs (the same plugins, Shiki settings and image settings), so a note renders
 * the same wherever it is rendered.
 */
export async function createNotePipeline(site: SiteConfig, context: MarkdownContext, image: ImageSettings = {}): Promise<NotePipeline> {
  const setup = markdownSetup(site, context);
  // A tree handed to `render`, taken by the processor's parse step instead of parsing again.
  // Parsing is about a third of a render (micromark: 2.4 s of 1,000 notes), and the loader has
  // parsed every changed note once already for the vault. Astro's processor keeps its unified
  // processor to itself, so the tree goes in through the parser: unified's process() parses
  // synchronously, inside the render call that sets `handoff`.
  let handoff: { body: string; tree: Root } | undefined;
  function remarkParsedTree(this: Processor) {
    const parse = this.parser!;
    this.parser = (document, file) => {
      const given = handoff;
      handoff = undefined;
      return given?.body === document ? given.tree : parse(document, file);
    };
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
  };
}

/** For the fixture tests and scripts: renders Markdown (no frontmatter) as the file `file`. */
export async function createRenderer(site: SiteConfig, context: MarkdownContext) {
  const { render } = await createNotePipeline(site, context);
  return async (markdown: string, file: string, frontmatter: Record<string, unknown> = {}) => {
    const { html, metadata } = await render(markdown, { fileURL: pathToFileURL(file), frontmatter });
    return { code: html, metadata };
  };
}
