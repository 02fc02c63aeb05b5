// Benchmark: build-time diagrams, measured side by side in one run on one generated corpus.
//   cold            our renderer, empty diagram cache (browser started, every diagram drawn)
//   warm            our renderer, full diagram cache (no browser), notes re-rendered
//   no diagrams     the same notes with the diagrams turned into plain text blocks
//   rehype-mermaid  rehype-mermaid 3 (inline SVG, light only) in place of ours
// Every build starts from an empty Astro content cache, so all notes are rendered each time.
// The machine is small and noisy: warm and no-diagrams builds alternate `--runs` times and the
// median of each is compared.
// Usage: npm run bench:diagrams [-- --notes 100 --runs 3 --skip-rehype-mermaid]
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './bench/corpus.ts';

const { values } = parseArgs({
  options: { notes: { type: 'string', default: '100' }, runs: { type: 'string', default: '3' }, 'skip-rehype-mermaid': { type: 'boolean', default: false } },
});
const count = Number(values.notes);
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-diagrams-'));
const withDiagrams = join(work, 'notes');
const withoutDiagrams = join(work, 'notes-plain');
writeCorpus({ dir: withDiagrams, count, withDiagrams: true });
writeCorpus({ dir: withoutDiagrams, count, withDiagrams: false });
const diagramCache = join(work, 'diagram-cache');

interface Run {
  name: string;
  seconds: number;
  log: string;
}

function build(name: string, notesDir: string, extra: Record<string, string> = {}, args: string[] = []): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NOTES_DIR: notesDir,
      OUT_DIR: join(work, `dist-${name}`),
      CACHE_DIR: mkdtempSync(join(work, `astro-cache-${name}-`)),
      DIAGRAM_CACHE_DIR: diagramCache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...extra,
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${name} build failed:\n${log.slice(-3000)}`);
  const summary = [...log.matchAll(/\d+ diagrams?: [^\n]*/g)].at(-1)?.[0] ?? '';
  console.log(`  ${name.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s  ${summary}`);
  return { name, seconds, log };
}

console.log(`${count} notes with one diagram each, in ${work}`);
const cold = build('cold', withDiagrams);
const warmRuns: Run[] = [];
const plainRuns: Run[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  warmRuns.push(build('warm', withDiagrams));
  plainRuns.push(build('no-diagrams', withoutDiagrams));
}
const median = (runs: Run[]): Run => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
const warm = median(warmRuns);
const plain = median(plainRuns);
const rehype = values['skip-rehype-mermaid'] ? undefined : build('rehype-mermaid', withDiagrams, {}, ['--config', 'scripts/bench/astro.rehype-mermaid.config.mjs']);

console.log(`\nMedians: warm ${warm.seconds.toFixed(1)} s, no diagrams ${plain.seconds.toFixed(1)} s`);
console.log('Ratios');
if (rehype) console.log(`  rehype-mermaid / cold   ${(rehype.seconds / cold.seconds).toFixed(2)}x faster (target: at least 4x)`);
const slower = Math.round((warm.seconds / plain.seconds - 1) * 100);
console.log(`  warm / no diagrams      ${slower >= 0 ? `${slower}% slower` : `${-slower}% faster`} (target: within 20%)`);
console.log(`  warm started a browser: ${/browser not started/.test(warm.log) ? 'no' : 'YES'}`);
