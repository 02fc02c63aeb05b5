// What a build context is (build-context.ts makes it) and how the notes loader finds the one of
// its run. Apart from build-context.ts so that the loader, which Astro runs in Vite's module
// graph, imports no value from there: that would make Vite transform and run the Markdown
// plugins a second time (40 modules; their transforms alone took 0.12 s of every build), only
// to use the config graph's copies.
import type { AstroConfig, AstroIntegration } from 'astro';
import type { DiagramRenderer } from '../lib/diagrams/renderer.ts';
import type { LinkReport } from '../lib/link-report.ts';
import type { RenderedNote } from '../lib/note-source.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import type { Vault } from '../lib/vault.ts';
import type { ImageSettings, NotePipeline } from '../plugins/render.ts';

export type Command = 'dev' | 'build' | 'preview' | 'sync';

export interface BuildContext {
  readonly site: SiteConfig;
  /** One diagram renderer (one browser) for every note. */
  readonly renderer: DiagramRenderer;
  /** The Astro command of this run; known once Astro has set up the integrations. */
  command(): Command;
  /** Under `astro dev`: drafts are shown, diagram and link errors are shown instead of stopping. */
  dev(): boolean;
  /** The notes folder as the notes loader read it; the Markdown plugins resolve links against it. */
  vault(): Vault;
  setVault(vault: Vault): void;
  /** Every note of the collection as rendered (or taken from the cache) this run, for the search index. */
  renderedNotes(): readonly RenderedNote[] | undefined;
  setRenderedNotes(notes: readonly RenderedNote[]): void;
  /** The link doctor's findings over every note (rendered now or cached), for the end of the build. */
  linkReport(): LinkReport | undefined;
  setLinkReport(report: LinkReport): void;
  /**
   * The site's Markdown parser and renderer for the notes loader, made once from this module graph (the
   * config's, which has loaded the plugins already): the loader runs in Vite's module graph,
   * where importing the plugins would transform them all again (0.5 s of every build).
   */
  notePipeline(image: ImageSettings): Promise<NotePipeline>;
  /** The Astro integration that tells this context the command, so Astro's config carries it to the loader. */
  integration(): AstroIntegration;
}

export const BUILD_CONTEXT_INTEGRATION = 'study-notes:build-context';
/** A custom hook of that integration (Astro keeps unknown hooks and calls only its own). */
export const CONTEXT_HOOK = 'study-notes:build-context';

/** The build context of this run, from the Astro config (what a content loader is given). */
export function buildContextOf(config: AstroConfig): BuildContext {
  const found = config.integrations.find((integration) => integration.name === BUILD_CONTEXT_INTEGRATION);
  const hook = (found?.hooks as Record<string, unknown> | undefined)?.[CONTEXT_HOOK];
  if (typeof hook !== 'function') throw new Error(`The ${BUILD_CONTEXT_INTEGRATION} integration is missing from astro.config.mjs: the notes loader needs it.`);
  return (hook as () => BuildContext)();
}
