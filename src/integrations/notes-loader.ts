import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { codeLanguageSummary } from '../lib/code-languages.ts';
import { displayPath } from '../lib/display-path.ts';
import { listFiles } from '../lib/files.ts';
import { normalizeFrontmatter } from '../lib/frontmatter.ts';
import { buildLinkGraph, orphansOf } from '../lib/link-graph.ts';
import { formatProblem } from '../lib/link-report.ts';
import { plainError, systemFailure } from '../lib/system-errors.ts';
import { noteDataOf } from '../lib/note-data.ts';
import { externalHtmlFile, HTML_FILE_KEY, htmlFileOf, NOTE_HTML_DIR, type RenderedPart } from '../lib/note-html.ts';
import { renderedNoteOf, type RenderedNote } from '../lib/note-source.ts';
import { assignIds, keptPrefixWarning } from '../lib/note-ids.ts';
import { idToUrl } from '../lib/paths.ts';
import { dependencyFingerprint } from '../lib/vault-dependencies.ts';
import { buildVault, noteOf, type Vault, type VaultNote } from '../lib/vault.ts';
import type { NoteRenderer, RenderedMarkdown } from '../plugins/render.ts';
import type { BuildContext } from './build-context.ts';
import { buildContextOf } from './build-context-of.ts';
import { RenderPool, WorkerLost } from './render-pool.ts';

export interface NotesLoaderOptions {
  /** The notes folder, absolute or relative to the project root. */
  contentDir: string;
  /** The project root (where astro.config.mjs lives). */
  root: string;
  /** The frontmatter schema, checked here so that errors can point at the line. */
  schema: z.ZodType;
  /**
   * Files and folders whose change must re-render every note (our Markdown plugins, settings),
   * relative to the root. Astro's content cache only notices changes to a note itself.
   */
  codeDependencies?: string[];
  /** Broken links, anchors and images: stop the build ('error') or list them at its end ('warn'). @default 'error' */
  brokenLinks?: 'error' | 'warn';
  /** The build context; by default the one astro.config.mjs registered (tests pass their own). */
  buildContext?: BuildContext;
  /** Worker threads that render notes beside the main thread when many notes need rendering. @default see defaultWorkers() */
  workers?: number;
  /** Workers start when at least this many notes need rendering. @default PARALLEL_FROM */
  parallelFrom?: number;
  /** For tests: when workers start, they render every note and the main thread none. */
  workersOnly?: boolean;
}

const MARKDOWN = /\.(md|markdown)$/i;
/** Notes rendered at once by each thread: enough to keep the diagram renderer's queue full. */
const CONCURRENCY = 8;
/**
 * Fewer notes to render than this, and this thread renders them alone: a worker thread takes
 * about a second to load the pipeline, in which this thread renders some hundred notes.
 */
const PARALLEL_FROM = 100;
/** The loader's own cache file, in Astro's cache folder (see LoaderCache). */
const LOADER_CACHE_FILE = 'study-notes-loader.json';
/** Names of re-rendered notes the log lists (more are counted only). */
const LISTED = 10;

/** A vault entry as the last run left it, with the digest of the text it was parsed from. */
type CachedVaultNote = Omit<VaultNote, 'anchors'> & { anchors: string[]; digest: string };

/**
 * What the loader keeps between runs beside Astro's data store rather than in it: the vault
 * entries (so a rebuild parses only changed notes) and each note's vault lookups (what its
 * links asked, so it is re-rendered when an answer changes). The data store reaches every page
 * as one JavaScript string literal, which V8 parses in worse than linear time; the lookups alone
 * were a fifth of it (2.9 of 13.4 M characters at 1,000 notes). A missing or unreadable file only
 * means every note is parsed and rendered again.
 */
interface LoaderCache {
  vault: CachedVaultNote[];
  dependencies: Record<string, string[]>;
}

function readLoaderCache(file: string): LoaderCache {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as Partial<LoaderCache>;
    return { vault: Array.isArray(cache.vault) ? cache.vault : [], dependencies: cache.dependencies ?? {} };
  } catch {
    return { vault: [], dependencies: {} };
  }
}

function writeLoaderCache(file: string, cache: LoaderCache): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename: a run stopped half-way leaves the last whole file.
  writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(cache));
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/** A mistake in one note: where, and what is wrong. */
interface NoteFailure {
  file: string;
  message: string;
}

/**
 * Loads every Markdown file of the notes folder into the `notes` collection. Astro's glob()
 * loader would do the reading, but it cannot open a file with "#" in its name, keeps one of two
 * files that map to one id and drops the other silently, and publishes an empty page when a note
 * fails to render. This loader:
 * - reads the folder ONCE per run into the vault (files, ids, headings and anchors) and hands it
 *   to the Markdown plugins through the build context;
 * - takes ids from src/lib/paths.ts and fails when two files would share a URL, naming both;
 * - names the file, line and column of invalid frontmatter (YAML or schema), every such note at once;
 * - fails the build when a note fails to render, naming it (under `astro dev` it only logs);
 * - re-renders a cached note exactly when its output may differ: its text, our code or the site
 *   settings changed, or a vault lookup its links made now answers differently (a linked
 *   note's anchors, a linked file removed, a name that became ambiguous);
 * - runs the link doctor over every note, cached ones included.
 */
export function notesLoader({ contentDir, root, schema, codeDependencies = [], brokenLinks = 'error', buildContext, workers = defaultWorkers(), parallelFrom = PARALLEL_FROM, workersOnly = false }: NotesLoaderOptions): Loader {
  const base = resolve(root, contentDir);
  const shown = (file: string) => displayPath(root, join(base, file));

  return {
    name: 'notes-loader',
    load: async (context: LoaderContext) => {
      const build = buildContext ?? buildContextOf(context.config);
      const dev = build.dev();
      // Everything a note's output depends on besides its text and its links: our code, the
      // settings (environment overrides included) and the command (dev publishes drafts and
      // shows errors in place; a build defers drawings).
      const cacheDir = fileURLToPath(context.config.cacheDir);
      const cacheFile = join(cacheDir, LOADER_CACHE_FILE);
      /** The note's HTML file is missing, or belongs to another cache folder (the project moved). */
      const lostHtml = (rendered: RenderedPart | undefined) => {
        const file = externalHtmlFile(rendered);
        return file !== undefined && (!file.startsWith(join(cacheDir, NOTE_HTML_DIR)) || !existsSync(file));
      };
      /**
       * What the store keeps of a rendered note: its HTML goes to a file of its own (see
       * lib/note-html.ts) unless the note has images for Astro's render() to optimise.
       */
      const kept = (id: string, output: RenderedMarkdown): { html: string; metadata: Record<string, unknown> } => {
        const file = htmlFileOf(cacheDir, id);
        if (output.metadata.imagePaths.length > 0) {
          rmSync(file, { force: true });
          return output;
        }
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, output.html);
        return { html: '', metadata: { ...output.metadata, [HTML_FILE_KEY]: file } };
      };
      let saved = readLoaderCache(cacheFile);
      const codeFingerprint = fingerprintOf(
        codeDependencies.map((path) => resolve(root, path)),
        JSON.stringify({ site: build.site, command: build.command() }),
      );

      // Worker threads of the pass under way, if it renders enough notes to need them.
      let pool: RenderPool | undefined;

      /** One pass over the folder: read, index, render what changed, check links. */
      const sync = async (): Promise<void> => {
        try {
          await pass();
        } finally {
          // Also when the pass failed half-way (a URL clash, a full disk): no worker outlives it.
          await pool?.close();
          pool = undefined;
        }
      };

      const pass = async (): Promise<void> => {
        const started = performance.now();
        const files = listFolder(base);
        const texts = new Map(files.filter((file) => MARKDOWN.test(file)).map((file) => [file, readFileSync(join(base, file), 'utf8').replace(/^\uFEFF/, '')]));
        const image = { domains: context.config.image.domains, remotePatterns: context.config.image.remotePatterns };
        const fileIds = idsOf([...texts.keys()], shown, (message) => context.logger.warn(message));
        const ids = new Map([...fileIds].map(([file, id]) => [id, file]));
        // Each note's text with our code: the key of its vault entry and part of its render's digest.
        const owns = new Map([...texts].map(([file, text]) => [file, context.generateDigest(`${codeFingerprint}\n${text}`)]));
        const pipeline = await build.notePipeline(image);
        // The trees the vault parsed in this pass, kept for their notes' render: a note is parsed once.
        const trees = new Map<string, Root>();
        const parse = (file: string) => (body: string) => {
          const tree = pipeline.parse(body);
          trees.set(file, tree);
          return tree;
        };
        const { vault, entries } = readVault(saved.vault, files, texts, fileIds, owns, existsSync(join(base, '.obsidian')), parse);
        const dependencies: Record<string, string[]> = {};
        build.setVault(vault);

        const failures: NoteFailure[] = [];
        const rendered: string[] = [];
        // The HTML of the notes rendered in this pass, for the notes handed on below (not read back from their files).
        const fresh = new Map<string, string>();
        // The notes whose output may differ from the cached one; the others keep theirs.
        const stale: { id: string; file: string; own: string }[] = [];
        for (const [id, file] of ids) {
          const own = owns.get(file) ?? '';
          const previous = context.store.get(id);
          const used = saved.dependencies[id];
          if (previous && used && previous.digest === digestOf(context, own, vault, used) && !lostHtml(previous.rendered)) dependencies[id] = used;
          else stale.push({ id, file, own });
        }

        /** Renders one note with `render` (this thread's or a worker's); false when the worker was lost first. */
        const renderNote = async ({ id, file, own }: (typeof stale)[number], render: NoteRenderer): Promise<boolean> => {
          const contents = texts.get(file) ?? '';
          const absolute = join(base, file);
          try {
            const { data: written, body } = readFrontmatter(shown(file), contents);
            // Empty fields left by editor templates (`tags:`, `date:`) mean "not given" (issue 12).
            const data = normalizeFrontmatter(written);
            const result = schema.safeParse(data);
            if (!result.success) throw new Error(frontmatterErrorMessage(shown(file), contents, result.error.issues));
            const entryData = await context.parseData({ id, data, filePath: absolute });
            const tree = trees.get(file);
            trees.delete(file);
            const output = await render(body, { fileURL: pathToFileURL(absolute), frontmatter: written, tree });
            // The diagrams' browser failed while this note rendered: its diagrams are missing.
            const browserFailure = build.renderer.failure;
            if (browserFailure && !dev) throw browserFailure;
            const noteData = noteDataOf(output.metadata.frontmatter);
            const { dependencies: lookups = [], errors = [] } = noteData;
            // Kept in the loader's cache file, not with the note in the data store (see LoaderCache).
            delete noteData.dependencies;
            // Mistakes the plugins recorded (an invalid diagram): listed with the others at the end.
            if (errors.length > 0 && !dev) throw new Error(errors.join('\n'));
            const filePath = relative(root, absolute).split('\\').join('/');
            // Under dev a note rendered without its diagrams is shown but not kept: the next run renders it again.
            const digest = browserFailure ? '' : digestOf(context, own, vault, lookups);
            dependencies[id] = lookups;
            if (browserFailure) context.logger.error(browserFailure.message);
            // No `body`: nothing reads a note's Markdown from the store, and the store reaches the pages
            // as one JavaScript string literal, which V8 parses in worse than linear time
            // (2,500 notes: 44 M characters, 17.7 s), so every byte left out counts.
            context.store.set({ id, data: entryData, filePath, digest, rendered: kept(id, output), assetImports: output.metadata.imagePaths });
            fresh.set(id, output.html);
            rendered.push(id);
          } catch (error) {
            if (error instanceof WorkerLost) return false;
            // The machine failed (no browser, a full disk): stop at once, blaming no note.
            const system = systemFailure(build.renderer.failure ?? error);
            if (system && !dev) throw system;
            const message = system?.message ?? (error instanceof Error ? error.message : String(error));
            failures.push({ file: shown(file), message });
            // Under dev the note keeps its last good page until it is fixed; a build stops below.
            if (dev) context.logger.error(message);
          }
          return true;
        };

        const renderHere = pipeline.render;
        // Enough notes to render: worker threads take some while this thread renders others.
        if (stale.length >= parallelFrom && workers > 0) {
          pool = new RenderPool({ workers, site: build.site, command: build.command(), image, renderer: build.renderer });
          pool.setVault(vault);
        }
        const queue = [...stale];
        const lane = async (render: NoteRenderer) => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            // A lost worker's note goes back to the queue, for this thread's lanes.
            if (!(await renderNote(next, render))) return void queue.push(next);
            // Let the workers' messages in: a render is all promise jobs, which run before any message event.
            if (pool) await new Promise(setImmediate);
          }
        };
        // With workers, this thread also passes their notes in and out: one note at a time, so their
        // messages wait for one render at most.
        const here = Promise.all(Array.from({ length: !pool ? CONCURRENCY : workersOnly ? 0 : 1 }, () => lane(renderHere)));
        let byWorkers = 0;
        const counted: (render: NoteRenderer) => NoteRenderer = (render) => async (body, options) => {
          const output = await render(body, options);
          byWorkers++;
          return output;
        };
        const there = (pool?.workers ?? []).map(async (worker) => {
          if (await worker.ready) await Promise.all(Array.from({ length: CONCURRENCY }, () => lane(counted(worker.render))));
        });
        if (workersOnly) await Promise.all(there);
        await here;
        // Workers still starting when this thread ran out of notes are not waited for.
        await pool?.stopStarting();
        await Promise.all(there);
        // What a worker lost after this thread's lanes ended.
        if (queue.length > 0) await Promise.all(Array.from({ length: CONCURRENCY }, () => lane(renderHere)));
        for (const problem of new Set((pool?.workers ?? []).map((worker) => worker.problem()).filter(Boolean))) {
          context.logger.warn(`A render worker thread failed (${problem}); the main thread rendered its notes. Set RENDER_WORKERS=0 to render on the main thread only.`);
        }
        await pool?.close();
        for (const [id, entry] of context.store.entries()) {
          if (ids.has(id)) continue;
          const file = externalHtmlFile(entry.rendered);
          if (file) rmSync(file, { force: true });
          context.store.delete(id);
        }
        saved = { vault: entries, dependencies };
        writeLoaderCache(cacheFile, saved);

        if (failures.length > 0 && !dev) throw inputError(failures);
        context.logger.info(renderSummary(rendered, ids.size, performance.now() - started, pool ? byWorkers : undefined));
        const notes = [...context.store.values()].map((entry) => renderedNoteOf(entry, root, base, fresh.get(entry.id)));
        checkLinks(context, build, base, notes, dev ? 'warn' : brokenLinks);
        build.setRenderedNotes(notes);
        // One summary of code blocks shown as plain text, not a warning per block (issue 12).
        const code = [...context.store.values()].map((entry) => ({ file: shown(relative(base, resolve(root, entry.filePath ?? ''))), ...noteDataOf(entry.rendered?.metadata?.['frontmatter']).code }));
        for (const line of codeLanguageSummary(code)) context.logger.warn(line);
      };

      await sync();

      if (context.watcher) {
        // Under `astro dev`: any change in the folder (a note, an image, an attachment) runs the
        // same pass again; only the notes whose output depends on the change are re-rendered.
        const watcher = context.watcher;
        watcher.add(base);
        let running = Promise.resolve();
        const onChange = (path: string) => {
          const file = relative(base, path).split('\\').join('/');
          if (file.startsWith('..') || file.split('/').some((part) => part.startsWith('.'))) return;
          running = running.then(sync).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        };
        for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
      }
    },
  };
}

/**
 * One worker per core but one, on four cores or more. On two cores (this project's build
 * machines) a worker does not pay: two busy threads each run about 40% slower there, so the
 * render phase of 1,000 notes gains 0.6 s of 20 for 150 MB more memory.
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores >= 4 ? cores - 1 : 0;
}

/** The stored digest of a rendered note: its own text and code, and what its vault lookups answered. */
function digestOf(context: LoaderContext, own: string, vault: Vault, dependencies: readonly string[]): string {
  return context.generateDigest(`${own}\n${dependencyFingerprint(vault, dependencies)}`);
}

/** "Rendered 1 of 1000 notes in 0.4 s (999 unchanged): go/x", for the build log. */
function renderSummary(rendered: readonly string[], total: number, elapsed: number, byWorkers?: number): string {
  const unchanged = total - rendered.length;
  const names = rendered.length > 0 && rendered.length <= LISTED ? `: ${[...rendered].sort().join(', ')}` : '';
  const notes = [unchanged > 0 ? `${unchanged} unchanged, from the cache` : '', byWorkers === undefined ? '' : `${byWorkers} by worker threads`].filter(Boolean);
  return `Rendered ${rendered.length} of ${total} notes in ${(elapsed / 1000).toFixed(1)} s${notes.length > 0 ? ` (${notes.join('; ')})` : ''}${names}`;
}

/**
 * Every note that could not be loaded, one line each with its location and reason; an error
 * without Astro's stack trace, since the mistake is in the notes and not in our code.
 */
function inputError(failures: readonly NoteFailure[]): Error {
  const notes = failures.length === 1 ? '1 note' : `${failures.length} notes`;
  const lines = failures.map(({ file, message }) => {
    const [first = '', ...rest] = message.split('\n');
    const located = first.includes(file) ? first : `${file}: ${first}`;
    return `  - ${[located, ...rest.map((line) => `    ${line}`)].join('\n')}`;
  });
  return plainError(`${notes} failed to render, so the build stops:\n${lines.join('\n')}`);
}

/** Every file of the notes folder, "/"-separated, dot-folders (.obsidian, .git) skipped. */
function listFolder(base: string): string[] {
  if (!existsSync(base)) throw new Error(`The notes folder ${base} does not exist. Set contentDir in src/site.config.ts or NOTES_DIR.`);
  return listFiles(base);
}

/**
 * The vault of this run, from the texts already read, and its entries for the next run. A note's
 * entry is reused from the last run (the loader's cache) when its text is unchanged, so a
 * rebuild parses only changed notes. `owns` is each file's digest of its text and our code.
 */
function readVault(
  last: readonly CachedVaultNote[],
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
  ids: ReadonlyMap<string, string>,
  owns: ReadonlyMap<string, string>,
  obsidian: boolean,
  parse: (file: string) => (body: string) => Root,
): { vault: Vault; entries: CachedVaultNote[] } {
  const cached = new Map(last.map((note) => [note.path, note]));
  const next: CachedVaultNote[] = [];
  const vault = buildVault(
    files.map((path) => ({ path, content: texts.get(path) })),
    {
      obsidian,
      ids,
      parse: (path, id, content) => {
        // Ids and anchors come from our code (paths.ts, the parser): a code change re-parses.
        // An id also depends on the other names (a prefix stays where names clash): compare it too.
        const digest = owns.get(path) ?? '';
        const hit = cached.get(path);
        const note = hit?.digest === digest && hit.id === id ? { ...hit, anchors: new Set(hit.anchors) } : noteOf(path, id, content, parse(path));
        next.push({ ...note, anchors: [...note.anchors], digest });
        return { path: note.path, id: note.id, title: note.title, draft: note.draft, anchors: note.anchors, headings: note.headings, leadSlug: note.leadSlug };
      },
    },
  );
  return { vault, entries: next };
}

/**
 * File -> id. Number prefixes leave URLs only where the result stays unique (note-ids.ts); one
 * warning line lists the files that keep theirs. Fails when two files would still share a URL.
 */
function idsOf(files: readonly string[], shown: (file: string) => string, warn: (message: string) => void): ReadonlyMap<string, string> {
  const { ids, kept, clashes, invalid } = assignIds(files);
  if (invalid.length > 0) throw plainError(invalid.map(({ file, message }) => `${shown(file)}: ${message}`).join('\n'));
  if (clashes.length > 0) {
    const lines = clashes.map((group) => `Two notes would be published at the same URL ${idToUrl('/', ids.get(group[0]!) ?? '')}:\n${group.map((file) => `  ${shown(file)}`).join('\n')}`);
    throw plainError(`${lines.join('\n')}\nURLs ignore case and most punctuation; rename one of the files.`);
  }
  const warning = keptPrefixWarning(kept);
  if (warning) warn(warning);
  return ids;
}

/** Frontmatter and body; YAML errors name the file, line and column. */
function readFrontmatter(file: string, contents: string): { data: Record<string, unknown>; body: string } {
  try {
    const { frontmatter, content } = parseFrontmatter(contents);
    return { data: frontmatter as Record<string, unknown>, body: content };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    // js-yaml counts lines inside the frontmatter from 0; the file's line 1 is the opening ---.
    const where = mark ? `${file}:${mark.line + 2}:${mark.column + 1}` : file;
    throw new Error(`${where}: the frontmatter is not valid YAML (${reason}).\nCheck quotes and indentation, or remove the block: every field is optional.`);
  }
}

/**
 * "content/x.md:3:9 status: Invalid option: ..." for every issue, with the line and column of
 * the field in the file's frontmatter.
 */
function frontmatterErrorMessage(file: string, source: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = source.split(/\r?\n/);
  const located = issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const lineIndex = key ? lines.findIndex((line, index) => index > 0 && new RegExp(`^${escapeRegExp(key)}\\s*:`).test(line)) : -1;
    const line = lineIndex >= 0 ? lineIndex + 1 : 1;
    const column = lineIndex >= 0 ? (lines[lineIndex]?.indexOf(':') ?? 0) + 3 : 1;
    const field = issue.path.join('.') || 'frontmatter';
    return `  ${file}:${line}:${column} ${field}: ${issue.message}`;
  });
  return `Invalid frontmatter in ${file}:\n${located.join('\n')}\n` + 'Fix or remove the field (every field is optional); src/content.config.ts lists the fields and what each takes.';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A hash of our code and settings: the files and folders given, and `settings` (JSON). */
function fingerprintOf(codePaths: readonly string[], settings: string): string {
  const hash = createHash('sha256').update(settings);
  for (const path of codePaths) {
    if (!existsSync(path)) continue;
    // Tests and their fixtures are not code a page depends on: editing them must not re-render every note.
    const files = statSync(path).isDirectory() ? listFiles(path).filter((file) => !/\.test\.ts$|(^|\/)fixtures\//.test(file)).map((file) => join(path, file)) : [path];
    for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The link doctor, over what remark-note-links recorded for every note: all problems at once,
 * as an error that stops a build, or (warn mode, and under `astro dev`) as a warning; the
 * report goes to the build context, for the end-of-build summary and attachments.
 */
function checkLinks(context: LoaderContext, build: BuildContext, contentDir: string, rendered: readonly RenderedNote[], mode: 'error' | 'warn'): void {
  const entries = [...context.store.values()];
  const data = entries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, note: noteDataOf(entry.rendered?.metadata?.['frontmatter']) }));
  const problems = data.flatMap(({ note }) => note.problems ?? []);
  const graph = buildLinkGraph(data.map(({ id, note }) => ({ id, links: note.links ?? [] })));
  const notes = data.filter(({ file }) => !/(^|\/)(index|readme)\.(md|markdown)$/i.test(file)).map(({ id }) => id);
  build.setLinkReport({
    problems,
    attachments: [...new Set(data.flatMap(({ note }) => note.attachments ?? []))],
    orphans: orphansOf(graph, notes),
    links: data.reduce((total, { note }) => total + (note.links?.length ?? 0), 0),
    contentDir,
    // rehype-diagrams leaves data-drawing placeholders in a build (src/lib/diagrams/fill.ts).
    diagramNotes: rendered.filter((note) => note.html.includes('data-drawing=')).map((note) => note.id),
  });
  if (problems.length === 0) return;
  const heading = `${problems.length} broken link${problems.length === 1 ? '' : 's'} in the notes:`;
  const list = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
  if (mode === 'error') {
    // The mistake is in the notes, not in our code: no stack trace.
    throw plainError(`${heading}\n${list}\nFix them, or set brokenLinks: 'warn' in src/site.config.ts (or BROKEN_LINKS=warn) to build anyway.`);
  }
  context.logger.warn(`${heading}\n${list}`);
}
