// Renders Markdown through the site's own pipeline, outside Astro: for the fixture tests and
// scripts that need a note's HTML.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import type { Pipeline } from '../integrations/pipeline.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import { markdownSetup } from './index.ts';

export async function createRenderer(site: SiteConfig, pipeline: Pipeline) {
  const processor = await createMarkdownProcessor({ ...markdownSetup(site, pipeline), gfm: false, smartypants: false });
  return (markdown: string, file: string, frontmatter: Record<string, unknown> = {}) =>
    processor.render(markdown, { fileURL: pathToFileURL(file), frontmatter });
}
