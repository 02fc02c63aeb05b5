// One build context per Astro run, made in astro.config.mjs and handed to every stage: the
// Markdown plugins (the vault, the diagram renderer, dev or build), the notes loader (which reads
// the notes folder once and publishes the vault and the link report here) and the post-build
// steps (attachments, link summary, diagrams, search). It replaces module globals and the
// hand-off through globalThis: the loader runs in Vite's module graph, not the config's, so it
// finds this context through the Astro config it is given (`context.config.integrations`).
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { DiagramRenderer } from '../lib/diagrams/renderer.ts';
import type { LinkReport } from '../lib/link-report.ts';
import type { RenderedNote } from '../lib/note-source.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import type { Vault } from '../lib/vault.ts';
import { createNotePipeline, type NotePipeline } from '../plugins/render.ts';
import { BUILD_CONTEXT_INTEGRATION, CONTEXT_HOOK, type BuildContext, type Command } from './build-context-of.ts';

export type { BuildContext, Command };

/** The diagram cache lives in .cache/diagrams (DIAGRAM_CACHE_DIR overrides it): keep it between CI runs. */
export function createBuildContext(site: SiteConfig, env: Record<string, string | undefined> = process.env, command?: Command): BuildContext {
  const renderer = new DiagramRenderer({ cacheDir: resolve(env['DIAGRAM_CACHE_DIR'] ?? '.cache/diagrams') });
  let current = command;
  let vault: Vault | undefined;
  let report: LinkReport | undefined;
  let rendered: readonly RenderedNote[] | undefined;
  let notePipeline: Promise<NotePipeline> | undefined;
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
    notePipeline: (image) => {
      notePipeline ??= createNotePipeline(site, context, image);
      return notePipeline;
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
