// Exact rebuilds of the whole site: builds on one kept cache, with a change to the notes or the
// settings before each, must write what a build from an empty cache writes, file for file
// (pages copied from Astro's incremental cache, search index parts kept from the last build).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { BUILD_TIMEOUT, buildSite, testBuildFolder } from './build-site.ts';

/** Files that differ between any two builds: the service worker's build stamp, the deck's timestamps. */
const STAMPED = /(^|\/)sw\.js$|\.apkg$/;

/** Every file of a built site but the stamped ones, with its content. */
function siteFiles(dir: string): Map<string, Buffer> {
  return new Map(
    listFiles(dir)
      .filter((file) => !STAMPED.test(file))
      .sort()
      .map((file) => [file, readFileSync(join(dir, file))]),
  );
}

/** The files that differ between two built sites: missing from one, or with other content. */
function differences(warm: Map<string, Buffer>, cold: Map<string, Buffer>): string[] {
  return [...new Set([...warm.keys(), ...cold.keys()])].filter((file) => {
    const [a, b] = [warm.get(file), cold.get(file)];
    return !a || !b || !a.equals(b);
  });
}

test(
  'a rebuild on a kept cache writes the same site as a build from an empty cache, after each kind of change',
  () => {
    const work = testBuildFolder('rebuild-');
    const notes = join(work, 'notes');
    cpSync('tests/fixtures/vault', notes, { recursive: true });
    // A diagram: the diagrams' renderer is among the Markdown settings Astro hashes before copying any page.
    writeFileSync(join(notes, 'go/流程.md'), '# 流程\n\n```mermaid\nflowchart LR\n  A[写入] --> B[复制]\n```\n');
    const settings = join(work, 'settings.json');
    writeFileSync(settings, '{}');
    const env = { BASE_PATH: '/some-repo/', SITE_SETTINGS: settings, CACHE_DIR: join(work, 'cache'), DIAGRAM_CACHE_DIR: join(work, 'diagrams') };
    const edit = (file: string, change: (text: string) => string) => writeFileSync(join(notes, file), change(readFileSync(join(notes, file), 'utf8')));

    const first = buildSite(notes, env);
    expect(first.status, first.output).toBe(0);

    // Each change, and whether some pages stay as they were (the course's notes, titles and tags,
    // and the settings, show on every page: src/lib/page-keys.ts).
    const changes: Array<[string, () => void, boolean]> = [
      ["a note's text", () => edit('etcd/Raft.md', (text) => `${text}\n新加的一段：任期号单调递增。\n`), true],
      // Shown on the target's page (the scheduler note links to Raft#选举), whose own text is unchanged.
      ['the sentence around a link', () => edit('go/01-调度器 GMP.md', (text) => text.replace('GMP 模型由 G、M、P 组成', 'GMP 模型由三部分组成')), true],
      ["a note's title and tags (shown on every page)", () => edit('go/links.md', (text) => text.replace('title: 链接大全', 'title: 链接汇总').replace('tags: [links]', 'tags: [links, 索引]')), false],
      ['a note added', () => writeFileSync(join(notes, 'etcd/日志复制.md'), '# 日志复制\n\n领导者把日志复制到多数节点，见 [[Raft#选举]]。\n'), false],
      ['a note removed', () => rmSync(join(notes, 'etcd/日志复制.md')), false],
      ["the site's settings", () => writeFileSync(settings, JSON.stringify({ title: '另一个标题' })), false],
    ];
    for (const [change, apply, reuses] of changes) {
      apply();
      const warm = buildSite(notes, env);
      expect(warm.status, `${change}:\n${warm.output}`).toBe(0);
      const cold = buildSite(notes, { ...env, CACHE_DIR: join(work, 'cold-cache') });
      rmSync(join(work, 'cold-cache'), { recursive: true, force: true });
      expect(cold.status, `${change}:\n${cold.output}`).toBe(0);
      expect(differences(siteFiles(warm.outDir), siteFiles(cold.outDir)), change).toEqual([]);
      // The rebuild did reuse: unchanged pages copied, not rendered.
      if (reuses) expect(warm.output, change).toMatch(/\(restored\)/);
      rmSync(warm.outDir, { recursive: true, force: true });
      rmSync(cold.outDir, { recursive: true, force: true });
    }
  },
  BUILD_TIMEOUT,
);
