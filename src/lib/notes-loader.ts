import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { noteDataOf } from '../plugins/note-data.ts';
import { codeLanguageSummary } from './code-languages.ts';
import { displayPath } from './display-path.ts';
import { normalizeFrontmatter } from './frontmatter.ts';
import { listFiles } from './files.ts';
import { buildLinkGraph, orphansOf } from './link-graph.ts';
import { formatProblem, publishLinkReport } from './link-report.ts';
import { assignIds, keptPrefixWarning } from './note-ids.ts';
import { fileToId, idToUrl } from './paths.ts';

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
}

const MARKDOWN = /\.(md|markdown)$/i;
/** Notes rendered at once: enough to keep the diagram renderer's queue full. */
const CONCURRENCY = 8;

/**
 * Loads every Markdown file of the notes folder into the `notes` collection. Astro's glob()
 * loader would do the reading, but it cannot open a file with "#" in its name, keeps one of two
 * files that map to one id and drops the other silently, and publishes an empty page when a note
 * fails to render. This loader:
 * - takes ids from src/lib/paths.ts and fails when two files would share a URL, naming both;
 * - names the file, line and column of invalid frontmatter (YAML or schema);
 * - fails the build when a note fails to render, naming it (under `astro dev` it only logs);
 * - re-renders a cached note when what its rendering depends on beyond its own text changes:
 *   the other notes' paths and headings (its links resolve against them) or our code;
 * - runs the link doctor over every note, cached ones included.
 */
export function notesLoader({ contentDir, root, schema, codeDependencies = [], brokenLinks = 'error' }: NotesLoaderOptions): Loader {
  const base = resolve(root, contentDir);
  const shown = (file: string) => displayPath(root, join(base, file));

  return {
    name: 'notes-loader',
    load: async (context: LoaderContext) => {
      const dev = Boolean(context.watcher);
      const files = listMarkdown(base);
      const ids = idsOf(files, shown, (message) => context.logger.warn(message));
      const fingerprint = dependencyFingerprint(base, codeDependencies.map((path) => resolve(root, path)));
      const failures: string[] = [];

      const sync = async (file: string, id: string): Promise<void> => {
        const absolute = join(base, file);
        const contents = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
        const digest = context.generateDigest(`${fingerprint}\n${contents}`);
        if (context.store.get(id)?.digest === digest) return;
        const { data: written, body } = readFrontmatter(shown(file), contents);
        const data = normalizeFrontmatter(written);
        const result = schema.safeParse(data);
        if (!result.success) throw new Error(frontmatterErrorMessage(shown(file), contents, result.error.issues));
        const parsed = await context.parseData({ id, data, filePath: absolute });
        try {
          const rendered = await context.renderMarkdown(contents, { fileURL: pathToFileURL(absolute) });
          const filePath = relative(root, absolute).split('\\').join('/');
          context.store.set({ id, data: parsed, body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths ?? [] });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          failures.push(`${shown(file)}: ${message}`);
          context.logger.error(`${shown(file)} failed to render:\n${message}`);
        }
      };

      const queue = [...ids];
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) await sync(next[1], next[0]);
        }),
      );
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);

      if (failures.length > 0 && !dev) {
        const notes = failures.length === 1 ? '1 note' : `${failures.length} notes`;
        throw new Error(`${notes} failed to render, so the build stops:\n${failures.map((failure) => `  - ${failure.split('\n')[0]}`).join('\n')}`);
      }
      checkLinks(context, base, dev ? 'warn' : brokenLinks);
      // One summary of code blocks shown as plain text, not a warning per block (issue 12).
      const code = [...context.store.values()].map((entry) => ({ file: shown(relative(base, resolve(root, entry.filePath ?? ''))), ...noteDataOf(entry.rendered?.metadata?.['frontmatter']).code }));
      for (const line of codeLanguageSummary(code)) context.logger.warn(line);

      if (context.watcher) {
        // Under `astro dev`: re-render a note when it is saved, drop it when it is deleted.
        const watcher = context.watcher;
        watcher.add(base);
        const onChange = async (path: string) => {
          const file = relative(base, path).split('\\').join('/');
          if (file.startsWith('..') || !MARKDOWN.test(file)) return;
          // Ids depend on the other names (prefixes stay where names clash): assign them again.
          const id = assignIds(listMarkdown(base)).ids.get(file) ?? fileToId(file);
          await sync(file, id).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
          checkLinks(context, base, 'warn');
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', (path) => {
          const file = relative(base, path).split('\\').join('/');
          if (!file.startsWith('..') && MARKDOWN.test(file)) context.store.delete([...ids].find(([, owner]) => owner === file)?.[0] ?? fileToId(file));
        });
      }
    },
  };
}

/** Markdown files under the notes folder, "/"-separated, dot-folders (.obsidian, .git) skipped. */
function listMarkdown(base: string): string[] {
  if (!existsSync(base)) throw new Error(`The notes folder ${base} does not exist. Set contentDir in src/site.config.ts or NOTES_DIR.`);
  return listFiles(base).filter((file) => MARKDOWN.test(file));
}

/** Id -> file, failing when two files would still be published at one URL (all such groups at once). */
function idsOf(files: readonly string[], shown: (file: string) => string, warn: (message: string) => void): Map<string, string> {
  const { ids, kept, clashes, invalid } = assignIds(files);
  if (invalid.length > 0) throw new Error(invalid.map(({ file, message }) => `${shown(file)}: ${message}`).join('\n'));
  if (clashes.length > 0) {
    const lines = clashes.map((group) => `Two notes would be published at the same URL ${idToUrl('/', ids.get(group[0]!) ?? '')}:\n${group.map((file) => `  ${shown(file)}`).join('\n')}`);
    throw new Error(`${lines.join('\n')}\nURLs ignore case and most punctuation; rename one of the files.`);
  }
  const warning = keptPrefixWarning(kept);
  if (warning) warn(warning);
  return new Map([...ids].map(([file, id]) => [id, file]));
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
  return (
    `Invalid frontmatter in ${file}:\n${located.join('\n')}\n` +
    'Fix or remove the field (every field is optional); src/content.config.ts lists the fields and what each takes.'
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HEADING_OR_FRONTMATTER = /^(#{1,6}\s.*|---\s*)$/;

/**
 * A hash of what every note's rendering depends on besides its own text: each note's path,
 * frontmatter and heading lines, and the code and settings files given.
 */
function dependencyFingerprint(notesDir: string, codePaths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of listFiles(notesDir).filter((path) => MARKDOWN.test(path))) {
    hash.update(`\0${file}\0`);
    const lines = readFileSync(join(notesDir, file), 'utf8').split(/\r?\n/);
    const frontmatterEnd = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
    hash.update(lines.slice(0, frontmatterEnd + 1).join('\n'));
    hash.update(lines.filter((line) => HEADING_OR_FRONTMATTER.test(line)).join('\n'));
  }
  for (const path of codePaths) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((file) => join(path, file)) : [path];
    for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The link doctor, over what remark-note-links recorded for every note: all problems at once,
 * as an error that stops a build, or (warn mode, and under `astro dev`) as a warning; the
 * report goes to the links integration for the end-of-build summary and attachments.
 */
function checkLinks(context: LoaderContext, contentDir: string, mode: 'error' | 'warn'): void {
  const entries = [...context.store.values()];
  const data = entries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, note: noteDataOf(entry.rendered?.metadata?.['frontmatter']) }));
  const problems = data.flatMap(({ note }) => note.problems ?? []);
  const graph = buildLinkGraph(data.map(({ id, note }) => ({ id, links: note.links ?? [] })));
  const notes = data.filter(({ file }) => !/(^|\/)(index|readme)\.(md|markdown)$/i.test(file)).map(({ id }) => id);
  publishLinkReport({
    problems,
    attachments: [...new Set(data.flatMap(({ note }) => note.attachments ?? []))],
    orphans: orphansOf(graph, notes),
    links: data.reduce((total, { note }) => total + (note.links?.length ?? 0), 0),
    contentDir,
  });
  if (problems.length === 0) return;
  const heading = `${problems.length} broken link${problems.length === 1 ? '' : 's'} in the notes:`;
  const list = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
  if (mode === 'error') {
    throw new Error(`${heading}\n${list}\nFix them, or set brokenLinks: 'warn' in src/site.config.ts (or BROKEN_LINKS=warn) to build anyway.`);
  }
  context.logger.warn(`${heading}\n${list}`);
}
