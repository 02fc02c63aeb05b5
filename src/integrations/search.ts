// Full-text search with Pagefind's Node API. The index is made from the rendered notes the
// notes loader hands over (src/lib/search.ts says what goes in), not from the built pages: it
// starts as soon as the notes are rendered and runs in Pagefind's own process, on the other
// core, while Vite bundles and Astro writes the pages; the end of the build only waits for it
// and copies it into the site. Pagefind segments Chinese from the documents' lang.
// Pagefind cannot update an index, so the index comes in parts (searchPartCount): each part is
// kept in the cache folder under the digest of its documents, and a build indexes only the
// parts whose digest is new.
import { createHash } from 'node:crypto';
import { constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { copyFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildCourse, courseOptionsFor, locateModule } from '../lib/course.ts';
import { withDrawings } from '../lib/diagrams/fill.ts';
import { listFiles } from '../lib/files.ts';
import { explainingSystemFailures } from '../lib/system-errors.ts';
import { SEARCH_BUNDLE_DIR, searchDocument, searchPartCount, searchPartDir, searchPartOf, searchUrl } from '../lib/search.ts';
import type { BuildContext } from './build-context.ts';

/** The cache folder's subfolder that keeps the index's parts, each in a folder named by its digest. */
const PARTS_DIR = 'search-parts';

interface Indexed {
  notes: number;
  /** Each part's folder in the cache, in part order. */
  parts: string[];
  /** How many parts this build indexed (the others were unchanged). */
  indexed: number;
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
        indexing = indexParts(documents, searchPartCount(documents.length, build.site.searchPartSize), join(cacheDir, PARTS_DIR));
        // Awaited at the end of the build; until then a failure must not end the process unreported.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          await explainingSystemFailures(async () => {
            if (!indexing) throw new Error('The search index was not started: astro:build:start did not run.');
            const { notes, parts, indexed } = await indexing;
            const site = fileURLToPath(dir);
            const target = join(site, SEARCH_BUNDLE_DIR);
            rmSync(target, { recursive: true, force: true });
            const copied = await Promise.all(parts.map((folder, part) => copyFolder(folder, join(site, searchPartDir(part)))));
            const bytes = copied.reduce((total, part) => total + part, 0);
            const unchanged = parts.length - indexed;
            const how = parts.length === 1 ? (indexed ? 'beside the page generation' : 'unchanged, from the cache') : `in ${parts.length} parts, ${indexed} indexed beside the page generation${unchanged ? ` and ${unchanged} unchanged, from the cache` : ''}`;
            logger.info(`Indexed ${notes} notes ${how} (waited ${Math.round(performance.now() - started)} ms at the end); search bundle ${(bytes / 1024).toFixed(0)} KB in ${SEARCH_BUNDLE_DIR}`);
          });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

interface SearchInput {
  id: string;
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
    documents.push({ id: note.id, file: note.file, url: searchUrl(note.id), content: searchDocument(entry, build.site.locale) });
  }
  return documents;
}

/** Pagefind's version: a part indexed by another version is indexed again. */
const PAGEFIND_VERSION = (() => {
  // Found as Node would find the package (its exports do not include package.json).
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
  }
  return 'unknown';
})();

/** What the parts' folders in the cache keep besides the index itself: Pagefind's scripts, needed from the first part only. */
const SCRIPTS = /^(pagefind([-.].*)?\.(js|css)|wasm\..*)$/;

/**
 * The index in `count` parts, each in a folder of `root` named by the digest of its documents:
 * a part whose folder exists is used as it is, the others are indexed (all at once, in
 * Pagefind's process) and kept. Folders no part uses any more are removed.
 */
async function indexParts(documents: readonly SearchInput[], count: number, root: string): Promise<Indexed> {
  const groups = Array.from({ length: count }, () => [] as SearchInput[]);
  for (const document of documents) groups[searchPartOf(document.id, count)]!.push(document);
  const folders = groups.map((group, part) => {
    const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\n${count}\n${part}\n`);
    for (const { url, content } of group) hash.update(`${url}\0${content}\0`);
    return join(root, `${part}-${hash.digest('hex').slice(0, 20)}`);
  });
  const missing = folders.flatMap((folder, part) => (existsSync(join(folder, 'pagefind-entry.json')) ? [] : [part]));
  mkdirSync(root, { recursive: true });
  await Promise.all(missing.map((part) => indexPart(groups[part]!, folders[part]!, part === 0)));
  const used = new Set(folders.map((folder) => folder.slice(root.length + 1)));
  for (const name of readdirSync(root)) if (!used.has(name)) rmSync(join(root, name), { recursive: true, force: true });
  return { notes: documents.length, parts: folders, indexed: missing.length };
}

/** Indexes `documents` into `folder`, written beside it first and moved in whole. */
async function indexPart(documents: readonly SearchInput[], folder: string, withScripts: boolean): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  await Promise.all(
    documents.map(async ({ file, url, content }) => {
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}:\n${added.errors.join('\n')}`);
    }),
  );
  const scratch = `${folder}.${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const written = await index.writeFiles({ outputPath: scratch });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index:\n${written.errors.join('\n')}`);
  await index.deleteIndex();
  // The other parts are merged into the first one's Pagefind, which brings the scripts.
  if (!withScripts) for (const name of readdirSync(scratch)) if (SCRIPTS.test(name)) rmSync(join(scratch, name));
  rmSync(folder, { recursive: true, force: true });
  renameSync(scratch, folder);
}

/**
 * The files of `from` in `to`, copied (cloned where the disk can: Btrfs, XFS, APFS), 16 at a
 * time: Node copies on its thread pool, and 1,000 notes' index (1,192 files) took 60-70 ms so
 * instead of 100-110 ms one by one. Not hard links, though faster still: a tool that later
 * rewrote the site's index in place would rewrite the cached part too. Returns the bytes copied.
 */
async function copyFolder(from: string, to: string): Promise<number> {
  const files = listFiles(from);
  for (const folder of new Set(files.map((file) => dirname(join(to, file))))) mkdirSync(folder, { recursive: true });
  let bytes = 0;
  let next = 0;
  const copier = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      const target = join(to, file);
      await copyFile(join(from, file), target, constants.COPYFILE_FICLONE);
      bytes += (await stat(target)).size;
    }
  };
  await Promise.all(Array.from({ length: 16 }, copier));
  return bytes;
}
