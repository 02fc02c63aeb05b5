// Full-text search with Pagefind's Node API. The index is made from the rendered notes the
// notes loader hands over (src/lib/search.ts says what goes in), not from the built pages: it
// starts as soon as the notes are rendered and runs in Pagefind's own process, on the other
// core, while Vite bundles and Astro writes the pages; the end of the build only waits for it
// and moves it into the site. Pagefind segments Chinese from the documents' lang.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildCourse, courseOptionsFor, locateModule } from '../lib/course.ts';
import { withDrawings } from '../lib/diagrams/fill.ts';
import { listFiles } from '../lib/files.ts';
import { explainingSystemFailures } from '../lib/system-errors.ts';
import { SEARCH_BUNDLE_DIR, searchDocument, searchUrl } from '../lib/search.ts';
import type { BuildContext } from './build-context.ts';

interface Indexed {
  notes: number;
  /** Where Pagefind wrote the bundle, outside the site (Astro empties the site's folder first). */
  folder: string;
}

export function searchIntegration(build: BuildContext): AstroIntegration {
  let cacheDir = '';
  let indexing: Promise<Indexed> | undefined;
  return {
    name: 'study-notes:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // After the content sync (the notes are rendered and their drawings made), before Vite:
      // the documents are made now, while the diagram renderer is open; Pagefind runs on.
      'astro:build:start': async () => {
        const documents = await explainingSystemFailures(() => searchDocuments(build));
        indexing = indexDocuments(documents, join(cacheDir, `search-index-${process.pid}`));
        // Awaited at the end of the build; until then a failure must not end the process unreported.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          await explainingSystemFailures(async () => {
            if (!indexing) throw new Error('The search index was not started: astro:build:start did not run.');
            const { notes, folder } = await indexing;
            const target = join(fileURLToPath(dir), SEARCH_BUNDLE_DIR);
            rmSync(target, { recursive: true, force: true });
            moveFolder(folder, target);
            logger.info(`Indexed ${notes} notes beside the page generation (waited ${Math.round(performance.now() - started)} ms at the end); search bundle ${(folderBytes(target) / 1024).toFixed(0)} KB in ${SEARCH_BUNDLE_DIR}`);
          });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

interface SearchInput {
  file: string;
  url: string;
  content: string;
}

/** Every published note as the document Pagefind indexes, in reading order. */
async function searchDocuments(build: BuildContext): Promise<SearchInput[]> {
  const notes = build.renderedNotes();
  if (!notes) throw new Error('The notes loader did not hand over the rendered notes: is the notes collection in src/content.config.ts?');
  const course = buildCourse(notes, courseOptionsFor(build.site, { includeDrafts: false }));
  const html = new Map(notes.map((note) => [note.id, note.html]));
  const documents: SearchInput[] = [];
  for (const note of course.notes) {
    const { track, module } = locateModule(course, note.moduleId);
    const filled = await withDrawings(html.get(note.id) ?? '', build.renderer);
    const entry = { title: note.title, description: note.description, tags: note.tags, track: track?.title, module: module?.title, html: filled };
    documents.push({ file: note.file, url: searchUrl(note.id), content: searchDocument(entry, build.site.locale) });
  }
  return documents;
}

/** Indexes the documents into `folder`. */
async function indexDocuments(documents: readonly SearchInput[], folder: string): Promise<Indexed> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  await Promise.all(
    documents.map(async ({ file, url, content }) => {
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}:\n${added.errors.join('\n')}`);
    }),
  );
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index:\n${written.errors.join('\n')}`);
  return { notes: documents.length, folder };
}

function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    // Another disk (the cache folder set apart from the site): copy instead.
    if ((error as { code?: string }).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

function folderBytes(dir: string): number {
  return existsSync(dir) ? listFiles(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0) : 0;
}
