// The diagram renderer's life in a build: errors shown in place under `astro dev`, drawings put
// into the built pages, progress and a summary in the build log, the browser closed at the end.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkStylesheet, placeholdersIn, stylesheetFile, withDrawings } from '../lib/diagrams/fill.ts';
import { listFiles } from '../lib/files.ts';
import { HOME_ID, withBase } from '../lib/paths.ts';
import { explainingSystemFailures } from '../lib/system-errors.ts';
import type { DiagramRenderer, RendererStats } from '../lib/diagrams/renderer.ts';
import type { BuildContext } from './build-context.ts';

export function diagramsIntegration({ renderer, linkReport, site: siteConfig }: BuildContext): AstroIntegration {
  let lastLog = 0;
  return {
    name: 'study-notes:diagrams',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        renderer.onProgress = (stats) => {
          // While notes render: a line every few seconds, not one per diagram.
          if (Date.now() - lastLog < 5000) return;
          lastLog = Date.now();
          logger.info(`${summary(stats)} so far…`);
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const started = Date.now();
          const site = fileURLToPath(dir);
          const files = pagesWithDrawings(site, linkReport()?.diagramNotes);
          const pages = await explainingSystemFailures(() => putDrawingsIntoPages(site, files, renderer, siteConfig.base));
          if (pages > 0) logger.info(`${summary(renderer.stats)}; put into ${pages} pages in ${Date.now() - started} ms`);
        } finally {
          await renderer.close();
        }
      },
      'astro:server:done': async () => {
        await renderer.close();
      },
    },
  };
}

/**
 * The built pages (paths in `site`) that may have drawings to fill: the pages of the notes with
 * diagrams (the loader lists them) and the module print views, which show them again; none when
 * no note has a diagram; every page when the loader did not say.
 */
function pagesWithDrawings(site: string, diagramNotes: readonly string[] | undefined): string[] {
  if (!diagramNotes) return listFiles(site).filter((file) => file.endsWith('.html'));
  if (diagramNotes.length === 0) return [];
  const notePages = diagramNotes.map((id) => (id === HOME_ID ? 'index.html' : `${id}/index.html`));
  return [...notePages, ...listFiles(site).filter((file) => file.endsWith('/print/index.html'))];
}

/**
 * Fills every page's empty drawings from the cache. A drawing missing there (the cache was
 * cleared while Astro's content cache was kept) is drawn again from the source on the page.
 * The drawings' stylesheets (one per kind of diagram, the same on every page) go into one
 * file that the pages with drawings link to, so that readers download them once.
 */
async function putDrawingsIntoPages(dir: string, files: readonly string[], renderer: DiagramRenderer, base: string): Promise<number> {
  const sheets = new Map<string, string>();
  const filled: Array<{ file: string; html: string; linked: boolean }> = [];
  for (const page of files) {
    const file = join(dir, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (placeholdersIn(html).length === 0) continue;
    const used = new Map<string, string>();
    filled.push({ file, html: await withDrawings(html, renderer, used), linked: used.size > 0 });
    for (const [name, css] of used) sheets.set(name, css);
  }
  const stylesheet = stylesheetFile(sheets);
  if (sheets.size > 0) {
    mkdirSync(dirname(join(dir, stylesheet.name)), { recursive: true });
    writeFileSync(join(dir, stylesheet.name), stylesheet.css);
  }
  for (const { file, html, linked } of filled) writeFileSync(file, linked ? linkStylesheet(html, withBase(base, stylesheet.name)) : html);
  return filled.length;
}

/** "96 diagrams: 12 drawn, 84 from cache in 3.2 s (browser not started)". */
export function summary({ drawn, cached, failed, browserStarted, elapsed }: RendererStats): string {
  const total = drawn + cached + failed;
  const parts = [`${drawn} drawn`, `${cached} from cache`, ...(failed ? [`${failed} invalid`] : [])];
  return `${total} diagram${total === 1 ? '' : 's'}: ${parts.join(', ')} in ${(elapsed / 1000).toFixed(1)} s${browserStarted ? '' : ' (browser not started)'}`;
}
