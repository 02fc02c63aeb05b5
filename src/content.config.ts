// defineCollection from its package path, not from 'astro:content': that virtual module makes Vite
// transform and run 65 modules of Astro's page runtime before the notes load (0.2-0.3 s of
// every build and dev start), which this file never uses.
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { siteConfig } from './lib/config.ts';
import { notesLoader } from './integrations/notes-loader.ts';

/** Obsidian writes `tags: a, b`, `tags: [a, b]` or `tags: '#a'`; all become ['a', 'b']. */
const tags = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[,，\s]+/)))
  .transform((list) => list.map((tag) => tag.trim().replace(/^#/, '')).filter(Boolean));

/**
 * Frontmatter of a note. Every field is optional: a folder of plain Markdown builds as is.
 * Unknown fields (aliases, cssclass, created...) are kept, not rejected.
 */
const noteSchema = z.looseObject({
  /** Title shown on the page and in navigation. Falls back to the first H1, then the file name. */
  title: z.string().optional(),
  /** One or two sentences for search results, link previews and module pages. */
  description: z.string().optional(),
  /** Topics of the note. */
  tags: tags.optional(),
  /** Position in its module; otherwise a number prefix like "01-" in the file name, then the name. */
  order: z.number().optional(),
  /** How finished the note is; shown as a badge unless done. */
  status: z.enum(['todo', 'draft', 'done']).optional(),
  /** When the note last changed, if git history cannot tell. */
  updated: z.coerce.date().optional(),
  /** Leave the note out of the built site. @default false */
  draft: z.boolean().default(false),
  /** Module index.md only: the track (from src/site.config.ts) this module belongs to. */
  track: z.string().optional(),
  /** Module index.md only: one sentence about the module for the home page. */
  summary: z.string().optional(),
});

export const collections = {
  notes: defineCollection({
    loader: notesLoader({
      contentDir: siteConfig.contentDir,
      root: process.cwd(),
      schema: noteSchema,
      codeDependencies: ['src/plugins', 'src/lib', 'src/integrations', 'src/content.config.ts', 'src/site.config.ts', 'astro.config.mjs', 'package-lock.json'],
      brokenLinks: siteConfig.brokenLinks,
      // Worker threads that render notes beside the main thread (default: one per core but one).
      ...(process.env['RENDER_WORKERS'] ? { workers: Number(process.env['RENDER_WORKERS']) } : {}),
    }),
    schema: noteSchema,
  }),
};
