// Exact incremental builds: the notes loader runs twice on one cache with a change in between
// (a note's text, a linked anchor, a linked setext heading, a linked file, the settings, our
// code) and must give what a run on an empty cache gives, re-rendering only the notes whose
// output depends on the change. Runs the real loader and the site's own Markdown pipeline
// outside Astro, with an in-memory content store.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { resolveSiteConfig } from '../lib/config.ts';
import { HTML_FILE_KEY, htmlOf, NOTE_HTML_DIR, type RenderedPart } from '../lib/note-html.ts';
import { createBuildContext } from './build-context.ts';
import { notesLoader } from './notes-loader.ts';

const fixture = resolve(import.meta.dirname, '../../tests/fixtures/vault');
const diagramCache = mkdtempSync(join(tmpdir(), 'loader-diagrams-'));

/** What is kept between runs: Astro's content store and meta store, and its cache folder (where the loader keeps its own file). */
interface Cache {
  store: Map<string, Record<string, unknown> & { id: string; digest?: string }>;
  meta: Map<string, string>;
  dir: string;
}
const emptyCache = (): Cache => ({ store: new Map(), meta: new Map(), dir: mkdtempSync(join(tmpdir(), 'loader-cache-')) });

interface Run {
  /** Id -> what the store holds for it (HTML, note data, frontmatter). */
  notes: Record<string, unknown>;
  problems: string[];
  attachments: string[];
  /** Ids of the notes rendered in this run (not taken from the cache), as the log lists them (up to 10). */
  rendered: string[];
  /** How many were rendered. */
  renderedCount: number;
  /** How many of them worker threads rendered (undefined: no workers started). */
  byWorkers: number | undefined;
}

/** One run of the loader over `dir`, as `astro build` would make it, on the given cache. */
async function load(dir: string, cache: Cache, { base = '/repo/', code, workers = 0 }: { base?: string; code: string; workers?: number }): Promise<Run> {
  const site = resolveSiteConfig({ title: 'Vault', tracks: [], contentDir: dir, base }, {});
  const build = createBuildContext(site, { DIAGRAM_CACHE_DIR: diagramCache }, 'build');
  const info: string[] = [];
  const logger = { info: (message: string) => info.push(message), warn: () => {}, error: () => {}, debug: () => {} };
  const store = {
    get: (id: string) => cache.store.get(id),
    set: (entry: { id: string }) => (cache.store.set(entry.id, entry), true),
    delete: (id: string) => cache.store.delete(id),
    keys: () => cache.store.keys(),
    values: () => cache.store.values(),
    entries: () => cache.store.entries(),
    has: (id: string) => cache.store.has(id),
  };
  const context = {
    collection: 'notes',
    config: { cacheDir: pathToFileURL(`${cache.dir}/`), image: { domains: [], remotePatterns: [] } },
    store,
    meta: {
      get: (key: string) => cache.meta.get(key),
      set: (key: string, value: string) => cache.meta.set(key, value),
      has: (key: string) => cache.meta.has(key),
      delete: (key: string) => cache.meta.delete(key),
    },
    logger,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (value: string) => createHash('sha1').update(value).digest('hex'),
  } as unknown as LoaderContext;
  // With workers, they render every note, however few there are.
  const loader = notesLoader({ contentDir: dir, root: dir, schema: z.looseObject({}), codeDependencies: [code], brokenLinks: 'warn', buildContext: build, workers, parallelFrom: 1, workersOnly: true });
  try {
    await loader.load(context);
  } finally {
    await build.renderer.close();
  }
  const summary = info.find((line) => line.startsWith('Rendered ')) ?? '';
  const listed = /: (.*)$/.exec(summary)?.[1];
  const count = Number(/^Rendered (\d+)/.exec(summary)?.[1]);
  const byWorkers = /(\d+) by worker threads/.exec(summary);
  // A note's HTML as the pages read it (from its file in this cache folder, or from the store).
  const notes = Object.fromEntries(
    [...cache.store.values()].map(({ id, rendered, data }) => {
      const { [HTML_FILE_KEY]: _file, ...metadata } = (rendered as RenderedPart).metadata ?? {};
      return [id, { rendered: { html: htmlOf(rendered as RenderedPart), metadata }, data }];
    }),
  );
  const report = build.linkReport();
  return {
    notes,
    problems: (report?.problems ?? []).map(({ location, written, problem }) => `${location} ${written}: ${problem}`),
    attachments: report?.attachments ?? [],
    rendered: listed?.split(', ') ?? [],
    renderedCount: count,
    byWorkers: byWorkers ? Number(byWorkers[1]) : undefined,
  };
}

/** Runs `body` on a copy of the fixture vault (`dir`) and a stand-in code file (`code`), removed after. */
async function withVault(prefix: string, body: (paths: { dir: string; code: string }) => Promise<void>): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(work, 'notes');
  const code = join(work, 'plugin.ts');
  try {
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(code, 'export const version = 1;\n');
    await body({ dir, code });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('incremental builds', () => {
  test('a run on a kept cache equals a run on an empty one, after each kind of change', async () => {
    await withVault('loader-incremental-', async ({ dir, code }) => {
      // Targets the fixture lacks: an HTML anchor and a setext heading, linked from another note.
      const raft = join(dir, 'etcd/Raft.md');
      writeFileSync(raft, `${readFileSync(raft, 'utf8')}\n<a id="timeout-detail"></a>\n\n任期\n----\n\n任期号单调递增。\n`);
      writeFileSync(join(dir, 'go/refs.md'), '# 引用\n\n见 [超时细节](../etcd/Raft.md#timeout-detail) 与 [任期](../etcd/Raft.md#任期)，附件 [源码](../code/main.go)。\n');
      writeFileSync(join(dir, 'go/plain.md'), '# 独立\n\n没有链接的笔记。\n');

      const cache = emptyCache();
      const first = await load(dir, cache, { code });
      expect(first.problems).toEqual([]);
      const total = Object.keys(first.notes).length;
      expect(first.renderedCount).toBe(total);
      // The lookups that decide re-rendering live in the loader's own file, not in the store the pages read.
      expect(JSON.stringify(first.notes)).not.toContain('"dependencies"');
      expect(readFileSync(join(cache.dir, 'study-notes-loader.json'), 'utf8')).toContain('"dependencies"');

      /** Applies a change, runs on the kept cache and on an empty one; returns the warm run. */
      const after = async (change: () => void, options: { base?: string } = {}) => {
        change();
        const warm = await load(dir, cache, { code, ...options });
        const cold = await load(dir, emptyCache(), { code, ...options });
        expect(warm.notes).toEqual(cold.notes);
        expect(warm.problems).toEqual(cold.problems);
        expect(warm.attachments).toEqual(cold.attachments);
        return warm;
      };

      // The HTML is kept in files beside the store, not in it (lib/note-html.ts), except for notes
      // with images, whose references Astro's render() replaces.
      const kept = [...cache.store.values()].map((entry) => entry['rendered'] as RenderedPart & { metadata: { imagePaths: string[] } });
      expect(kept.filter((rendered) => rendered.html !== '').length).toBeGreaterThan(0);
      expect(kept.filter((rendered) => rendered.html === '').length).toBeGreaterThan(0);
      for (const rendered of kept) expect(rendered.html === '').toBe(rendered.metadata.imagePaths.length === 0);

      // Nothing changed: nothing is rendered.
      expect((await after(() => {})).renderedCount).toBe(0);

      // A note's HTML file is lost (the cache folder was pruned): that note is rendered again.
      const htmlFiles = join(cache.dir, NOTE_HTML_DIR);
      expect((await after(() => rmSync(join(htmlFiles, readdirSync(htmlFiles)[0]!)))).renderedCount).toBe(1);

      // A note's own text: only that note.
      const plain = join(dir, 'go/plain.md');
      expect((await after(() => writeFileSync(plain, '# 独立\n\n改过的正文。\n'))).rendered).toEqual(['go/plain']);

      // The HTML anchor another note links to is removed: the linking note now has a broken link.
      const removedAnchor = await after(() => writeFileSync(raft, readFileSync(raft, 'utf8').replace('<a id="timeout-detail"></a>\n', '')));
      expect(removedAnchor.rendered).toContain('go/refs');
      expect(removedAnchor.rendered).not.toContain('go/plain');
      expect(removedAnchor.problems.some((problem) => problem.includes('#timeout-detail'))).toBe(true);

      // A setext heading another note links to is renamed.
      const renamed = await after(() => writeFileSync(raft, readFileSync(raft, 'utf8').replace('任期\n----', '任期号\n------')));
      expect(renamed.rendered).toContain('go/refs');
      expect(renamed.problems.some((problem) => problem.includes('#任期'))).toBe(true);

      // A linked file is deleted: a broken link, not a copy of a missing file.
      const deleted = await after(() => rmSync(join(dir, 'code/main.go')));
      expect(deleted.rendered).toContain('go/refs');
      expect(deleted.attachments).not.toContain('code/main.go');
      expect(deleted.problems.some((problem) => problem.includes('../code/main.go'))).toBe(true);

      // The settings (here the base path): every note.
      const rebased = await after(() => {}, { base: '/other/' });
      expect(rebased.renderedCount).toBe(total);
      expect(JSON.stringify(rebased.notes)).toContain('/other/');

      // Our code: every note.
      const recoded = await after(() => writeFileSync(code, 'export const version = 2;\n'), { base: '/other/' });
      expect(recoded.renderedCount).toBe(total);
    });
  }, 15 * 60_000);
});

describe('worker threads', () => {
  test('render what the main thread renders, diagrams included (drawn by the main thread\'s browser)', async () => {
    await withVault('loader-workers-', async ({ dir, code }) => {
      writeFileSync(join(dir, 'go/diagram.md'), '# 图\n\n```mermaid\nflowchart LR\n  A[客户端] --> B[服务端]\n```\n\n见 [Raft](../etcd/Raft.md)。\n');
      writeFileSync(join(dir, 'go/broken-diagram.md'), '# 坏图\n\n```mermaid\nflowchart LR\n  A --> \n```\n');
      const here = await load(dir, emptyCache(), { code }).catch((error: unknown) => error);
      const there = await load(dir, emptyCache(), { code, workers: 2 }).catch((error: unknown) => error);
      // The invalid diagram stops both runs with the same located message.
      expect(String(there)).toContain('go/broken-diagram.md:3:1');
      expect(String(there)).toBe(String(here));

      rmSync(join(dir, 'go/broken-diagram.md'));
      const main = await load(dir, emptyCache(), { code });
      const workers = await load(dir, emptyCache(), { code, workers: 2 });
      expect(main.byWorkers).toBeUndefined();
      expect(workers.renderedCount).toBe(Object.keys(main.notes).length);
      expect(workers.byWorkers).toBe(workers.renderedCount);
      expect(JSON.stringify(workers.notes['go/diagram'])).toContain('data-drawing=');
      expect(workers.notes).toEqual(main.notes);
      expect(workers.problems).toEqual(main.problems);
    });
  }, 15 * 60_000);
});
