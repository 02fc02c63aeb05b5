// @ts-check
// Composes the site from src/: settings, the Markdown pipeline and integrations. No logic here.
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/lib/config.ts';
import { ankiIntegration } from './src/integrations/anki.ts';
import { createBuildContext } from './src/integrations/build-context.ts';
import { diagramsIntegration } from './src/integrations/diagrams.ts';
import { linksIntegration } from './src/integrations/links.ts';
import { searchIntegration } from './src/integrations/search.ts';
import { markdownSetup } from './src/plugins/index.ts';

// One context per run, read by the Markdown plugins, the notes loader and the post-build steps.
const build = createBuildContext(siteConfig);
const { remarkPlugins, rehypePlugins, remarkRehype, syntaxHighlight, shikiConfig } = markdownSetup(siteConfig, build);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  ...(siteConfig.site ? { site: siteConfig.site } : {}),
  base: siteConfig.base,
  trailingSlash: 'always',
  // Four pages at a time: while one page's file is written, the next renders. Writing 238 pages
  // of 200 notes took 1.5-2.0 s instead of 1.7-2.6 s (four alternating runs each); at 1,000
  // notes the build was no slower (median 18.6 against 21.1 s of three) and no larger in memory.
  build: { concurrency: 4 },
  // A page whose code and cacheKey (src/lib/page-keys.ts) are unchanged since the last build is
  // copied from Astro's cache instead of rendered. Undocumented in Astro 7.3; the build tests
  // compare a rebuild's every file with a cold build's.
  experimental: { incrementalBuild: true },
  // Tests build fixture sites side by side, each with its own output and cache.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, remarkRehype, gfm: false, smartypants: false }),
    syntaxHighlight,
    shikiConfig,
  },
  // Scripts loaded on first use (search, link previews) need no preload helper on every page.
  // The page script is a file, not inlined: readers download it once, not with every page's HTML
  // (other assets keep Vite's default: undefined).
  vite: { build: { modulePreload: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) }, worker: { format: 'es' } },
  integrations: [
    build.integration(),
    diagramsIntegration(build),
    // After the diagrams: the deck is made from the built review page.
    ankiIntegration(siteConfig),
    linksIntegration(build),
    searchIntegration(build),
    // Every page but those marked noindex: the 404, search and module print pages.
    sitemap({ filter: (page) => !/\/(404|search|print)\/?$/.test(new URL(page).pathname) }),
  ],
});
