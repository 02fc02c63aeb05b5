// Build speed and page weight against Starlight, on the same generated notes.
// Usage: npm run bench:build [-- --notes 200,1000 --runs 3 --warmup 1 --work /tmp/study-notes-bench]
//
// For each size: cold builds of this project and of Starlight 0.42 (set up in WORK/starlight
// from scripts/bench/starlight on first use), alternating (A B A B …, since the machine is
// noisy), timed with GNU time (wall, user+sys CPU, peak RSS of the largest process). Prints
// medians and ratios, then, at the largest size, rebuilds after editing one note (cache kept;
// the median of --runs) and the HTML size of a note page at each size. Needs /usr/bin/time
// (Debian: apt-get install time).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/notes-corpus.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { notes: { type: 'string', default: '200,1000' }, runs: { type: 'string', default: '3' }, warmup: { type: 'string', default: '1' }, work: { type: 'string', default: '/tmp/study-notes-bench' } },
});
const sizes = values.notes.split(',').map(Number);
const runs = Number(values.runs);
const work = resolve(values.work);
const log = join(work, 'builds.log');
mkdirSync(work, { recursive: true });

interface Measure {
  wall: number;
  cpu: number;
  rssMiB: number;
}

/** Runs a command under GNU time; its output goes to the log. */
function timed(command: string[], cwd: string, env: Record<string, string>): Measure & { output: string } {
  const timeFile = join(work, 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', ...command], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const output = `${result.stdout}\n${result.stderr}`;
  appendFileSync(log, `\n$ ${command.join(' ')} (${cwd})\n${output}`);
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (status ${result.status}); see ${log}`);
  const [wall = 0, user = 0, system = 0, rss = 0] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  return { wall, cpu: user + system, rssMiB: rss / 1024, output };
}

function setupStarlight(): string {
  const site = join(work, 'starlight');
  if (existsSync(join(site, 'node_modules/@astrojs/starlight'))) return site;
  console.log(`Installing Starlight into ${site} (once)…`);
  cpSync(join(root, 'scripts/bench/starlight'), site, { recursive: true });
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: site, stdio: 'inherit' });
  if (install.status !== 0) throw new Error('npm install of the Starlight site failed');
  return site;
}

function corpus(count: number): string {
  const dir = join(work, `notes-${count}`);
  if (!existsSync(dir)) generateCorpus(dir, count);
  return dir;
}

/** One cold build of this project. */
function buildOurs(notes: string, keepCache = false): Measure & { output: string } {
  const out = join(work, 'ours');
  if (!keepCache) rmSync(out, { recursive: true, force: true });
  return timed([join(root, 'node_modules/.bin/node'), join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], root, {
    NOTES_DIR: notes,
    OUT_DIR: join(out, 'dist'),
    CACHE_DIR: join(out, 'cache'),
    DIAGRAM_CACHE_DIR: join(out, 'diagrams'),
  });
}

/** One cold Starlight build (its notes copied into src/content/docs, caches cleared). */
function buildStarlight(site: string, notes: string): Measure {
  const docs = join(site, 'src/content/docs');
  for (const dir of [docs, join(site, 'dist'), join(site, '.astro'), join(site, 'node_modules/.astro')]) rmSync(dir, { recursive: true, force: true });
  cpSync(notes, docs, { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: 云原生学习笔记\ndescription: 基准测试用的首页\n---\n\n从左侧目录选择一篇笔记。\n');
  return timed([join(site, 'node_modules/.bin/node'), join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], site, {});
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Bytes of the median note page (an index.html two folders deep) of a built site. */
function notePageBytes(dist: string): number {
  const sizes: number[] = [];
  for (const module of readdirSync(dist, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind')) {
    for (const note of readdirSync(join(dist, module.name), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const page = join(dist, module.name, note.name, 'index.html');
      if (existsSync(page)) sizes.push(statSync(page).size);
    }
  }
  return median(sizes);
}

const starlight = setupStarlight();
const rows: string[] = [];
const pageSizes: string[] = [];
/** Median wall times per size, for the cost of each added note. */
const walls = new Map<number, { ours: number; theirs: number }>();
for (const size of sizes) {
  const notes = corpus(size);
  const ours: Measure[] = [];
  const theirs: Measure[] = [];
  console.log(`${size} notes: ${values.warmup} warm-up and ${runs} alternating runs each…`);
  for (let run = 0; run < Number(values.warmup); run++) {
    buildOurs(notes);
    buildStarlight(starlight, notes);
  }
  for (let run = 0; run < runs; run++) {
    ours.push(buildOurs(notes));
    theirs.push(buildStarlight(starlight, notes));
    console.log(`  run ${run + 1}: ours ${ours.at(-1)!.wall.toFixed(1)} s, Starlight ${theirs.at(-1)!.wall.toFixed(1)} s`);
  }
  const [wallOurs, wallTheirs] = [median(ours.map((m) => m.wall)), median(theirs.map((m) => m.wall))];
  walls.set(size, { ours: wallOurs, theirs: wallTheirs });
  const [cpuOurs, cpuTheirs] = [median(ours.map((m) => m.cpu)), median(theirs.map((m) => m.cpu))];
  const [rssOurs, rssTheirs] = [median(ours.map((m) => m.rssMiB)), median(theirs.map((m) => m.rssMiB))];
  rows.push(
    // Printed at once too: a long run that is stopped still leaves its figures.
    `| ${size.toLocaleString('en')} | ${wallOurs.toFixed(1)} s | ${wallTheirs.toFixed(1)} s | ${(wallOurs / wallTheirs).toFixed(2)}x | ${(cpuOurs / cpuTheirs).toFixed(2)}x | ${rssOurs.toFixed(0)} vs ${rssTheirs.toFixed(0)} MiB |`,
  );
  pageSizes.push(`${size} notes: ${(notePageBytes(join(work, 'ours/dist')) / 1024).toFixed(1)} KB`);
  console.log(`${rows.at(-1)}  (CPU ${cpuOurs.toFixed(1)} vs ${cpuTheirs.toFixed(1)} s; note page ${pageSizes.at(-1)})`);

  if (size === Math.max(...sizes)) {
    // Rebuilds after editing one note, on the cache the last cold build left: as many as the cold
    // runs, each after another edit of the same note, and their median.
    const file = join(notes, readdirSync(notes).sort()[0]!, readdirSync(join(notes, readdirSync(notes).sort()[0]!)).sort()[0]!);
    const original = readFileSync(file, 'utf8');
    const rebuilds: Measure[] = [];
    let rendered = '';
    try {
      for (let run = 0; run < runs; run++) {
        writeFileSync(file, `${original}\n一处小修改（${run + 1}）。\n`);
        const rebuild = buildOurs(notes, true);
        rebuilds.push(rebuild);
        rendered = /Rendered \d+ of \d+ notes[^\n]*/.exec(rebuild.output)?.[0] ?? '(no "Rendered" line)';
        console.log(`  rebuild ${run + 1}: ${rebuild.wall.toFixed(1)} s`);
      }
    } finally {
      writeFileSync(file, original);
    }
    const [wall, cpu] = [median(rebuilds.map((m) => m.wall)), median(rebuilds.map((m) => m.cpu))];
    rows.push(`\nRebuild after editing one note at ${size} notes (median of ${runs}): ${wall.toFixed(1)} s, CPU ${cpu.toFixed(1)} s (${((wall / wallOurs) * 100).toFixed(0)}% of a cold build's wall time, ${((cpu / cpuOurs) * 100).toFixed(0)}% of its CPU); the log: ${rendered}`);
    console.log(rows.at(-1));
  }
}

console.log('\n| notes | this project | Starlight | ratio (wall) | CPU ratio | peak RSS |\n|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nMedian note page HTML: ${pageSizes.join('; ')}`);
const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
if (largest > smallest) {
  const [small, large] = [walls.get(smallest)!, walls.get(largest)!];
  const perNote = (a: number, b: number) => (((b - a) / (largest - smallest)) * 1000).toFixed(1);
  console.log(`Wall time per added note (${smallest} -> ${largest}): ${perNote(small.ours, large.ours)} ms, Starlight ${perNote(small.theirs, large.theirs)} ms`);
}
console.log(`Build output: ${log}`);
