// `npm run dev` serves the site at the build's URLs: a note page, the KaTeX stylesheet and fonts
// it links, and the link-preview files: routes with a parameter, which Astro's dev server answers
// at the file's URL only when the route's name has the file's extension (src/pages/katex/_katex.ts).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ASTRO, BUILD_TIMEOUT, commandEnv, root, testBuildFolder } from './build-site.ts';

const work = testBuildFolder('dev-');
// Port 0: the system picks a free one, which the server prints.
const server = spawn(process.execPath, [ASTRO, 'dev', '--port', '0', '--host', '127.0.0.1'], {
  cwd: root,
  env: { ...commandEnv(), NOTES_DIR: resolve(root, 'tests/fixtures/learner-typora'), BASE_PATH: '/some-repo/', CACHE_DIR: join(work, 'cache'), DIAGRAM_CACHE_DIR: join(work, 'diagrams'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
});
let printed = '';
const address = new Promise<string>((resolveAddress, reject) => {
  const read = (chunk: Buffer) => {
    printed += chunk.toString();
    // Ready once it watches the files, a line after the address.
    const found = /(http:\/\/127\.0\.0\.1:\d+)\/[\s\S]*watching for file changes/.exec(printed);
    if (found) resolveAddress(found[1]!);
  };
  server.stdout.on('data', read);
  server.stderr.on('data', read);
  server.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${printed}`)));
});
afterAll(() => {
  server.kill();
});

async function get(url: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

test(
  'a note with math, its KaTeX stylesheet and fonts, and a link-preview file are served at the built URLs',
  async () => {
    const origin = await address;
    const page = await get(`${origin}/some-repo/go/math/`);
    expect(page.status, `${printed}\n${page.text.slice(0, 3000)}`).toBe(200);
    expect(page.text).toContain('class="katex-display"');
    const stylesheet = /href="(\/some-repo\/katex\/katex\.min\.css)"/.exec(page.text)?.[1];
    expect(stylesheet).toBe('/some-repo/katex/katex.min.css');
    const css = await get(`${origin}${stylesheet}`);
    expect([css.status, css.type]).toEqual([200, 'text/css; charset=utf-8']);
    const font = /url\((fonts\/KaTeX_Main-Regular\.woff2)\)/.exec(css.text)?.[1];
    expect(font).toBeDefined();
    const fontFile = await fetch(`${origin}/some-repo/katex/${font}`);
    expect([fontFile.status, fontFile.headers.get('content-type')]).toEqual([200, 'font/woff2']);
    const preview = await get(`${origin}/some-repo/previews/0.json`);
    expect([preview.status, preview.type]).toEqual([200, 'application/json']);
    expect(Object.keys(JSON.parse(preview.text) as object).length).toBeGreaterThan(0);
  },
  BUILD_TIMEOUT,
);
