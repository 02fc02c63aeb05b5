// @ts-check
// The site's own configuration with rehype-mermaid in place of rehype-diagrams, for
// scripts/bench-diagrams.ts only: the same notes, the same pipeline, the other renderer.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeMermaid from 'rehype-mermaid';
import { createBuildContext } from '../../src/integrations/build-context.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/chromium.ts';
import { siteConfig } from '../../src/lib/config.ts';
import { markdownSetup } from '../../src/plugins/index.ts';
import rehypeDiagrams from '../../src/plugins/rehype-diagrams.ts';

const buildContext = createBuildContext(siteConfig);
const setup = markdownSetup(siteConfig, buildContext);
const rehypePlugins = [
  [rehypeMermaid, { strategy: process.env.REHYPE_MERMAID_STRATEGY ?? 'inline-svg', ...(process.env.REHYPE_MERMAID_DARK ? { dark: true } : {}), launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }],
  ...setup.rehypePlugins.filter((plugin) => !(Array.isArray(plugin) && plugin[0] === rehypeDiagrams)),
];

export default defineConfig({
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    // @ts-expect-error rehype-mermaid's option types are wider than RehypePlugins' tuple
    processor: unified({ remarkPlugins: setup.remarkPlugins, rehypePlugins, remarkRehype: setup.remarkRehype, gfm: false, smartypants: false }),
    syntaxHighlight: setup.syntaxHighlight,
    shikiConfig: setup.shikiConfig,
  },
  // The notes loader finds the vault's build context through this integration.
  integrations: [buildContext.integration()],
});
