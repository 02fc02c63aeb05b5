import { z } from 'astro/zod';

/** A track groups modules in navigation, e.g. "Go" or "Kubernetes". */
const track = z.object({
  /** The id a module's `index.md` names in its `track` field. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and "-" (e.g. "kubernetes")'),
  /** The name shown to readers. */
  title: z.string().min(1),
});

/** Flashcards taken from the notes for the review page and the Anki deck (README, "Cards from your notes"). */
const cards = z
  .object({
    /** Headings of self-test sections, where a question followed by a `<details>` answer is a card. @default ['自测', '复习题', '思考题', 'Self-test', 'Review'] */
    sections: z.array(z.string().min(1)).default(['自测', '复习题', '思考题', 'Self-test', 'Review']),
    /** Obsidian Spaced Repetition tag: its `::`, `?` and ==cloze== cards count in notes with this tag; `false` reads them in every note. @default 'flashcards' */
    deckTag: z.union([z.string().regex(/^[^\s#]+$/, 'write the tag without "#" or spaces, e.g. "flashcards"'), z.literal(false)]).default('flashcards'),
    /** New cards the review page introduces per day (a reader can change it there). @default 20 */
    newPerDay: z.number().int().min(0).max(1000).default(20),
  })
  .strict();

/** Everything a user configures about their site, in src/site.config.ts. */
export const siteSchema = z
  .object({
    /** The site's name, shown in the header and in every page title. */
    title: z.string().min(1),
    /** One or two sentences about the site, for the home page and search engines. */
    description: z.string().default(''),
    /** Who wrote the notes; shown in the footer and feeds. */
    author: z.string().default(''),
    /** The repository holding the notes, e.g. "https://github.com/user/notes". Enables "edit this page". */
    repository: z.url().optional(),
    /** The branch that "edit this page" links point at. @default 'main' */
    branch: z.string().default('main'),
    /** Language of the notes and of the interface. @default 'zh-CN' */
    locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
    /** Tracks in the order they appear; modules name theirs in `index.md`. @default [] */
    tracks: z.array(track).default([]),
    /** The folder of notes, relative to the project. The NOTES_DIR environment variable overrides it. @default 'content' */
    contentDir: z.string().default('content'),
    /** Where the site is published, e.g. "https://user.github.io". SITE_URL overrides it. */
    site: z.url().optional(),
    /** The path the site lives under, e.g. "/repo/" on GitHub Pages. BASE_PATH overrides it. @default '/' */
    base: z.string().default('/'),
    /**
     * What a broken note link, missing anchor or missing image does: 'error' stops the build
     * (every problem listed with file:line:column); 'warn' builds anyway and lists them at the
     * end, for a folder of someone else's notes. BROKEN_LINKS overrides it. @default 'error'
     */
    brokenLinks: z.enum(['error', 'warn']).default('error'),
    /** Flashcards: self-test section headings, the Spaced Repetition tag, new cards per day. */
    cards: cards.prefault({}),
    /**
     * Offline reading: a service worker keeps the pages a reader has opened (and the search
     * index once searched) so they open without a network; each build replaces what it kept.
     * false serves a worker that removes itself and its cache instead. @default true
     */
    offline: z.boolean().default(true),
    /**
     * Notes per part of the search index. A build indexes again only the parts whose notes
     * changed, and the reader's browser loads every part and merges their results: smaller
     * parts make a rebuild faster and each search fetch a few more files. @default 250
     */
    searchPartSize: z.number().int().min(10).default(250),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    for (const [index, { id }] of config.tracks.entries()) {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['tracks', index, 'id'], message: `track "${id}" is listed twice` });
      }
      seen.add(id);
    }
  });

/** What src/site.config.ts exports, before defaults are applied. */
export type SiteConfigInput = z.input<typeof siteSchema>;
/** The validated settings, with defaults and environment overrides applied. */
export type SiteConfig = z.output<typeof siteSchema>;
