// Renders Markdown through the site's own pipeline: the notes loader (on the main thread and in
// its worker threads), the fixture tests and scripts that need a note's HTML all call this one
// function, so each renders exactly what the site renders.
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
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

/** Renders a note's body (the text after its frontmatter), given its parsed frontmatter. */
export type NoteRenderer = (body: string, options: { fileURL: URL; frontmatter: Record<string, unknown> }) => Promise<RenderedMarkdown>;

/**
 * The site's Markdown renderer, made as Astro's content layer makes its own from
 * astro.config.mjs (the same plugins, Shiki settings and image settings), so a note renders
 * the same wherever it is rendered.
 */
export async function createNoteRenderer(site: SiteConfig, context: MarkdownContext, image: ImageSettings = {}): Promise<NoteRenderer> {
  const processor = await createMarkdownProcessor({ ...markdownSetup(site, context), gfm: false, smartypants: false, image: image as never });
  return async (body, { fileURL, frontmatter }) => {
    const { code, metadata } = await processor.render(body, { fileURL, frontmatter });
    return { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
  };
}

/** For the fixture tests and scripts: renders Markdown (no frontmatter) as the file `file`. */
export async function createRenderer(site: SiteConfig, context: MarkdownContext) {
  const render = await createNoteRenderer(site, context);
  return async (markdown: string, file: string, frontmatter: Record<string, unknown> = {}) => {
    const { html, metadata } = await render(markdown, { fileURL: pathToFileURL(file), frontmatter });
    return { code: html, metadata };
  };
}
