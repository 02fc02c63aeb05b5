// Draws Mermaid diagrams at build time in ONE headless Chromium, with the mermaid bundle loaded
// ONCE per page and diagrams queued in batches: rehype-mermaid opens a page and injects the
// 13 MB bundle per Markdown file (~0.9 s each). Results are cached on disk, so a build whose
// diagrams did not change never starts the browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import { cacheKey, DiagramCache } from './cache.ts';
import type { PageJob, PageResult } from './types.ts';

const require = createRequire(import.meta.url);
const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
const DRAW_SCRIPT = new URL('./draw-in-page.js', import.meta.url);
const MERMAID_VERSION = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;

/** Bump when the drawing or post-processing code changes, to invalidate cached drawings. */
const DRAWING_VERSION = 5;

/**
 * Fonts the diagram is measured with come first (fonts-noto-cjk on the build machine), then
 * what readers' systems have, so labels keep the size they were laid out for.
 */
export const DIAGRAM_FONTS =
  '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", system-ui, sans-serif';

const BASE_CONFIG = {
  startOnLoad: false,
  // Directives (%%{init}%%) cannot lift this: mermaid keeps securityLevel among its "secure" keys.
  securityLevel: 'strict',
  suppressErrorRendering: true,
  deterministicIds: true,
  // rough.js draws some shapes (rounded boxes, cylinders, states) with random control points
  // unless seeded: the same diagram came out different in every build.
  handDrawnSeed: 1,
  fontFamily: DIAGRAM_FONTS,
  themeVariables: { fontFamily: DIAGRAM_FONTS },
};
const CONFIGS = {
  light: { ...BASE_CONFIG, theme: 'default' },
  // Mermaid's dark theme puts edge labels (#ccc) on #585858: 4.4:1, short of WCAG AA's 4.5:1.
  dark: { ...BASE_CONFIG, theme: 'dark', themeVariables: { ...BASE_CONFIG.themeVariables, edgeLabelBackground: '#3a3a3a' } },
};

/** The page mermaid draws in: as wide as a note's text column, in Chinese (for CJK glyphs). */
const PAGE_WIDTH = 736;
const BATCH_SIZE = 8;

export type Diagram = Extract<PageResult, { ok: true }> & { key: string };

export class DiagramError extends Error {
  override name = 'DiagramError';
}

/** The browser could not start, or crashed: a problem of this machine, not of a diagram. */
export class BrowserError extends Error {
  override name = 'BrowserError';
}

export interface RendererStats {
  drawn: number;
  cached: number;
  failed: number;
  browserStarted: boolean;
  /** Milliseconds spent waiting for diagrams, first request to last answer. */
  elapsed: number;
}

interface Job extends PageJob {
  resolve(result: PageResult): void;
  reject(error: BrowserError): void;
}

export interface RendererOptions {
  cacheDir: string;
  /** Pages drawing in parallel. @default min(2, CPU count) */
  pages?: number;
}

/** What the Markdown plugins ask of a renderer: a drawing per diagram source (a worker thread's asks the build's). */
export interface DrawsDiagrams {
  render(source: string): Promise<Diagram>;
}

export class DiagramRenderer implements DrawsDiagrams {
  private readonly cache: DiagramCache<Diagram>;
  /** Drawings this process has read or made: pages ask for them again once built. */
  private readonly memory = new Map<string, Diagram>();
  private browser: Promise<Browser> | undefined;
  private readonly idle: Page[] = [];
  private readonly queue: Job[] = [];
  private pagesStarting = 0;
  private busy = 0;
  private firstRequest = 0;
  private lastAnswer = 0;
  readonly stats: RendererStats = { drawn: 0, cached: 0, failed: 0, browserStarted: false, elapsed: 0 };
  /** Why the browser could not start or died, until one starts again: the notes loader stops the build with it. */
  failure: BrowserError | undefined;
  /** Called as each diagram finishes, for progress logs. */
  onProgress: ((stats: RendererStats) => void) | undefined;

  private readonly options: RendererOptions;

  constructor(options: RendererOptions) {
    this.options = options;
    this.cache = new DiagramCache(options.cacheDir);
  }

  /**
   * What a digest of the settings sees of the renderer: Astro hashes the Markdown settings, this
   * object among the diagram plugin's options, to decide whether its incremental build may copy
   * pages. The run's state (counts, times, queues) would make that hash new in every build with
   * diagrams, and every page would be rendered again.
   */
  toJSON(): RendererOptions {
    return this.options;
  }

  /** Draws one diagram (light and dark), from the cache when it can. Throws DiagramError on invalid input. */
  async render(source: string): Promise<Diagram> {
    this.firstRequest ||= Date.now();
    const key = cacheKey({ source, mermaidVersion: MERMAID_VERSION, settings: [DRAWING_VERSION, CONFIGS, PAGE_WIDTH] });
    const cached = this.drawing(key);
    if (cached) {
      this.stats.cached++;
      this.finish();
      return cached;
    }
    const result = await new Promise<PageResult>((resolve, reject) => {
      this.queue.push({ id: `mmd-${key.slice(0, 10)}`, source, resolve, reject });
      void this.pump();
    }).catch((error: unknown) => {
      this.finish();
      throw error;
    });
    if (!result.ok) {
      this.stats.failed++;
      this.finish();
      throw new DiagramError(result.message);
    }
    const diagram: Diagram = { ...result, key };
    this.cache.set(key, diagram);
    this.memory.set(key, diagram);
    this.stats.drawn++;
    this.finish();
    return diagram;
  }

  /** A drawing made earlier (by this build or a previous one), from the cache. */
  drawing(key: string): Diagram | undefined {
    let diagram = this.memory.get(key);
    if (!diagram) {
      diagram = this.cache.get(key);
      if (diagram) this.memory.set(key, diagram);
    }
    return diagram;
  }

  /** Closes the browser, if one was started. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    if (browser) await (await browser).close();
  }

  private finish(): void {
    this.lastAnswer = Date.now();
    this.stats.elapsed = this.lastAnswer - this.firstRequest;
    this.onProgress?.(this.stats);
  }

  /** Hands queued diagrams to idle pages, in batches; starts pages (and the browser) as needed. */
  private async pump(): Promise<void> {
    const wanted = this.options.pages ?? Math.min(2, cpus().length);
    const started = this.idle.length + this.pagesStarting + this.busy;
    if (this.queue.length > 0 && this.idle.length === 0 && started < wanted) {
      this.pagesStarting++;
      let page: Page;
      try {
        page = await this.newPage();
      } catch (error) {
        this.failBrowser(error, 'could not start');
        return;
      } finally {
        this.pagesStarting--;
      }
      this.idle.push(page);
    }
    while (this.queue.length > 0 && this.idle.length > 0) {
      const page = this.idle.pop()!;
      const batch = this.queue.splice(0, BATCH_SIZE);
      this.busy++;
      void page
        .evaluate(
          ([jobs, configs]) => (globalThis as unknown as { drawDiagrams: (j: PageJob[], c: typeof CONFIGS) => Promise<PageResult[]> }).drawDiagrams(jobs, configs),
          [batch.map(({ id, source }) => ({ id, source })), CONFIGS] as const,
        )
        .then(
          (results) => {
            batch.forEach((job, index) => job.resolve(results[index] ?? { ok: false, message: 'no result' }));
            this.busy--;
            this.idle.push(page);
            void this.pump();
          },
          (error: unknown) => {
            // draw-in-page.js answers bad diagrams itself: a rejection means the page or the browser died.
            this.busy--;
            for (const job of batch) job.reject(new BrowserError(browserFailure(error, 'crashed')));
            this.failBrowser(error, 'crashed');
          },
        );
    }
  }

  /** Fails every waiting diagram and forgets the browser, so that a later request starts a new one. */
  private failBrowser(error: unknown, what: 'could not start' | 'crashed'): void {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    void browser?.then((started) => started.close()).catch(() => {});
    this.failure = new BrowserError(browserFailure(error, what));
    // One error each: Markdown processors prefix the message of the error they are given.
    for (const job of this.queue.splice(0)) job.reject(new BrowserError(this.failure.message));
  }

  private async newPage(): Promise<Page> {
    // Imported here, not at the top: loading playwright-core costs ~0.5 s, which a build whose
    // diagrams all come from the cache should not pay.
    this.browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS }))
      .then((browser) => {
        this.stats.browserStarted = true;
        this.failure = undefined;
        return browser;
      });
    // A context per page: its own renderer process, so pages draw in parallel.
    const context = await (await this.browser).newContext({ viewport: { width: PAGE_WIDTH, height: 800 } });
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    await page.addScriptTag({ path: fileURLToPath(DRAW_SCRIPT) });
    return page;
  }
}

/** One sentence naming the cause and what to do. findChromium's own errors already say both. */
function browserFailure(error: unknown, what: 'could not start' | 'crashed'): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/^(No Chromium found|CHROMIUM_PATH is set)/.test(message)) return message;
  const cause = message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'no message';
  return (
    `The headless browser that draws diagrams ${what} (${cause.length > 160 ? `${cause.slice(0, 157)}…` : cause}). ` +
    'Check that CHROMIUM_PATH (or the system chromium) is a working Chromium or Chrome, then build again.'
  );
}
