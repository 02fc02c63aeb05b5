// Renders Markdown through the site's own pipeline, outside Astro: for the fixture tests and
// scripts that need a note's HTML.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import type { SiteConfig } from '../lib/site-schema.ts';
import { markdownSetup, type MarkdownContext } from './index.ts';

export async function createRenderer(site: SiteConfig, context: MarkdownContext) {
  const processor = await createMarkdownProcessor({ ...markdownSetup(site, context), gfm: false, smartypants: false });
  return (markdown: string, file: string, frontmatter: Record<string, unknown> = {}) =>
    processor.render(markdown, { fileURL: pathToFileURL(file), frontmatter });
}
