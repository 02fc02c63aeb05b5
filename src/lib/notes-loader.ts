import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { displayPath } from './display-path.ts';
import { fileToId, idToUrl } from './paths.ts';

export interface NotesLoaderOptions {
  /** The notes folder, absolute or relative to the project root. */
  contentDir: string;
  /** The project root (where astro.config.mjs lives). */
  root: string;
  /** The frontmatter schema, checked here first so that errors can point at the line. */
  schema: z.ZodType;
  /**
   * Files and folders whose change must re-render every note (our Markdown plugins, settings),
   * relative to the root. Astro's content cache only notices changes to a note itself.
   */
  codeDependencies?: string[];
}

/**
 * Astro's glob() loader over every Markdown file of the notes folder, made strict:
 * - ids come from src/lib/paths.ts, and two files that would share a URL fail the build,
 *   naming both (the default loader keeps one and drops the other silently);
 * - invalid frontmatter names the file, line and column of each bad field;
 * - a note that fails to render fails the build, naming the file (the default loader only
 *   logs the error and publishes an empty page);
 * - a cached note is re-rendered when what its rendering depends on beyond its own text
 *   changes: the other notes' paths and headings (its links resolve against them) or our code.
 */
export function notesLoader({ contentDir, root, schema, codeDependencies = [] }: NotesLoaderOptions): Loader {
  const base = resolve(root, contentDir);
  const owners = new Map<string, string>();
  const inner = glob({
    pattern: ['**/*.md', '**/*.markdown', '**/*.MD'],
    base,
    generateId: ({ entry }) => {
      const id = fileToId(entry);
      const owner = owners.get(id);
      // In `astro dev` a renamed file is seen again under its new name: not a clash.
      if (owner !== undefined && owner !== entry && existsSync(resolve(base, owner))) {
        throw new Error(
          `Two notes would be published at the same URL ${idToUrl('/', id)}:\n` +
            `  ${displayPath(root, resolve(base, owner))}\n  ${displayPath(root, resolve(base, entry))}\n` +
            'URLs drop number prefixes such as "01-", ignore case and most punctuation; rename one of the files.',
        );
      }
      owners.set(id, entry);
      return id;
    },
  });

  return {
    name: 'notes-loader',
    load: async (context: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        const result = schema.safeParse(props.data);
        if (!result.success && props.filePath) {
          throw new Error(frontmatterErrorMessage(displayPath(root, props.filePath), readFileSync(props.filePath, 'utf8'), result.error.issues));
        }
        return context.parseData(props);
      };
      const fingerprint = dependencyFingerprint(base, codeDependencies.map((path) => resolve(root, path)));
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' ? `${fingerprint}\n${data}` : { ...data, [FINGERPRINT_KEY]: fingerprint });
      await inner.load({ ...context, parseData, generateDigest });
      // The glob loader logs a render error and stores the note without output; under `astro
      // dev` that is what we want (the error shows, the server stays up), in a build it is not.
      const unrendered = [...context.store.values()].filter((entry) => !entry.rendered).map((entry) => entry.filePath ?? entry.id);
      if (unrendered.length > 0 && !context.watcher) {
        const notes = unrendered.length === 1 ? '1 note' : `${unrendered.length} notes`;
        throw new Error(`${notes} failed to render (the errors are above), so the build stops:\n${unrendered.map((file) => `  - ${file}`).join('\n')}`);
      }
    },
  };
}


/**
 * "content/x.md:3:9 status: Invalid option: ..." for every issue, with the line and column of
 * the field in the file's frontmatter.
 */
export function frontmatterErrorMessage(file: string, source: string, issues: readonly z.core.$ZodIssue[]): string {
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

const FINGERPRINT_KEY = '__dependencies';
const HEADING_OR_FRONTMATTER = /^(#{1,6}\s.*|---\s*)$/;

/**
 * A hash of what every note's rendering depends on besides its own text: each note's path,
 * frontmatter and heading lines, and the code and settings files given.
 */
export function dependencyFingerprint(notesDir: string, codePaths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of listFiles(notesDir).filter((path) => /\.(md|markdown)$/i.test(path))) {
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

/** Files under a folder, relative to it, sorted; dot-folders (.git, .obsidian) skipped. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}
