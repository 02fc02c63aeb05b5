// One build context per Astro run, made in astro.config.mjs and handed to every stage: the
// Markdown plugins (the vault, the diagram renderer, dev or build), the notes loader (which reads
// the notes folder once and publishes the vault and the link report here) and the post-build
// steps (attachments, link summary, diagrams, search). It replaces module globals and the
// hand-off through globalThis: the loader runs in Vite's module graph, not the config's, so it
// finds this context through the Astro config it is given (`context.config.integrations`).
import { resolve } from 'node:path';
import type { AstroConfig, AstroIntegration } from 'astro';
import { DiagramRenderer } from '../lib/diagrams/renderer.ts';
import type { LinkReport } from '../lib/link-report.ts';
import type { RenderedNote } from '../lib/note-source.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import type { Vault } from '../lib/vault.ts';
import { createNoteRenderer, type ImageSettings, type NoteRenderer } from '../plugins/render.ts';

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
   * The site's Markdown renderer for the notes loader, made once from this module graph (the
   * config's, which has loaded the plugins already): the loader runs in Vite's module graph,
   * where importing the plugins would transform them all again (0.5 s of every build).
   */
  noteRenderer(image: ImageSettings): Promise<NoteRenderer>;
  /** The Astro integration that tells this context the command, so Astro's config carries it to the loader. */
  integration(): AstroIntegration;
}

export const BUILD_CONTEXT_INTEGRATION = 'study-notes:build-context';
const CONTEXT_HOOK = 'study-notes:build-context';

/** The diagram cache lives in .cache/diagrams (DIAGRAM_CACHE_DIR overrides it): keep it between CI runs. */
export function createBuildContext(site: SiteConfig, env: Record<string, string | undefined> = process.env, command?: Command): BuildContext {
  const renderer = new DiagramRenderer({ cacheDir: resolve(env['DIAGRAM_CACHE_DIR'] ?? '.cache/diagrams') });
  let current = command;
  let vault: Vault | undefined;
  let report: LinkReport | undefined;
  let rendered: readonly RenderedNote[] | undefined;
  let noteRenderer: Promise<NoteRenderer> | undefined;
  const context: BuildContext = {
    site,
    renderer,
    command: () => {
      if (!current) throw new Error('The build context was used before Astro set up the integrations (is buildContext.integration() in astro.config.mjs?).');
      return current;
    },
    dev: () => context.command() === 'dev',
    vault: () => {
      if (!vault) throw new Error('A note was rendered before the notes loader read the notes folder.');
      return vault;
    },
    setVault: (value) => {
      vault = value;
    },
    renderedNotes: () => rendered,
    setRenderedNotes: (notes) => {
      rendered = notes;
    },
    noteRenderer: (image) => {
      noteRenderer ??= createNoteRenderer(site, context, image);
      return noteRenderer;
    },
    linkReport: () => report,
    setLinkReport: (value) => {
      report = value;
    },
    integration: () => {
      const hooks = {
        'astro:config:setup': ({ command: astroCommand }: { command: Command }) => {
          current = astroCommand;
        },
        // A custom hook (Astro keeps unknown hooks and calls only its own): how the loader gets the context.
        [CONTEXT_HOOK]: () => context,
      };
      return { name: BUILD_CONTEXT_INTEGRATION, hooks } as AstroIntegration;
    },
  };
  return context;
}

/** The build context of this run, from the Astro config (what a content loader is given). */
export function buildContextOf(config: AstroConfig): BuildContext {
  const found = config.integrations.find((integration) => integration.name === BUILD_CONTEXT_INTEGRATION);
  const hook = (found?.hooks as Record<string, unknown> | undefined)?.[CONTEXT_HOOK];
  if (typeof hook !== 'function') throw new Error(`The ${BUILD_CONTEXT_INTEGRATION} integration is missing from astro.config.mjs: the notes loader needs it.`);
  return (hook as () => BuildContext)();
}
