// Fixture tests for the Markdown pipeline: each folder in fixtures/ holds input.md and the
// HTML (output.html) and note data (data.json) the site's own pipeline makes of it.
// UPDATE_FIXTURES=1 npx vitest run src/plugins rewrites the expected files; review the diff.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Paragraph, Text } from 'mdast';
import { describe, expect, test } from 'vitest';
import { tmpdir } from 'node:os';
import { createBuildContext } from '../integrations/build-context.ts';
import { resolveSiteConfig } from '../lib/config.ts';
import { noteDataOf } from '../lib/note-data.ts';
import { loadVault } from '../lib/vault.ts';
import { createNotePipeline, createRenderer } from './render.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const update = process.env['UPDATE_FIXTURES'] === '1';
// Each fixture folder is the notes folder its input.md lives in.
const site = resolveSiteConfig({ title: 'Fixtures', tracks: [], contentDir: fixtures }, {});
// Diagrams have their own tests (rehype-diagrams.test.ts); none of these fixtures draws one.
const context = createBuildContext(site, { DIAGRAM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'fixture-diagrams-')) }, 'sync');
context.setVault(loadVault(fixtures));
const render = await createRenderer(site, context);
const pipeline = await createNotePipeline(site, context);
// Astro's closing HTML pass on every note, as Astro runs it (the site runs it only for raw HTML).
const alwaysRaw = await createNotePipeline(site, context, {}, { rawPass: 'always' });

describe.each(readdirSync(fixtures))('%s', (name) => {
  const dir = join(fixtures, name);
  const optionsFile = join(dir, 'options.json');
  const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { file?: string }) : {};

  test('renders as expected', async () => {
    const input = readFileSync(join(dir, 'input.md'), 'utf8');
    const result = await render(input, join(dir, options.file ?? 'input.md'));
    const html = `${result.code.trim()}\n`;
    // The vault lookups a note made are the loader's business (tested in notes-loader.test.ts).
    const { dependencies: _dependencies, ...noteData } = noteDataOf(result.metadata.frontmatter);
    const data = `${JSON.stringify({ noteData, headings: result.metadata.headings }, null, 2)}\n`;
    for (const [file, actual] of [['output.html', html], ['data.json', data]] as const) {
      const path = join(dir, file);
      // A missing expected file fails the test: only UPDATE_FIXTURES=1 writes one.
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `${name}/${file} is missing: run UPDATE_FIXTURES=1 npx vitest run src/plugins and review it`).toBe(true);
      expect(actual, `${name}/${file}`).toBe(readFileSync(path, 'utf8'));
    }
  });

  // The notes loader parses each note once, for the vault, and hands the tree to the render.
  test('renders the same from a tree parsed beforehand', async () => {
    const input = readFileSync(join(dir, 'input.md'), 'utf8');
    const options_ = { fileURL: pathToFileURL(join(dir, options.file ?? 'input.md')), frontmatter: {} };
    const fromText = await pipeline.render(input, options_);
    const fromTree = await pipeline.render(input, { ...options_, tree: pipeline.parse(input) });
    expect(fromTree.html).toBe(fromText.html);
    expect(fromTree.metadata).toEqual(fromText.metadata);
  });

  // Not byte for byte: without the pass, `data-footnote-ref=""` is written `data-footnote-ref`,
  // which an HTML parser reads as the same empty value.
  test('makes the same document as with Astro\'s closing HTML pass on every note', async () => {
    const input = readFileSync(join(dir, 'input.md'), 'utf8');
    const options_ = { fileURL: pathToFileURL(join(dir, options.file ?? 'input.md')), frontmatter: {} };
    const [site_, astro] = await Promise.all([pipeline.render(input, options_), alwaysRaw.render(input, options_)]);
    expect(asParsed(site_.html)).toBe(asParsed(astro.html));
    expect(site_.metadata).toEqual(astro.metadata);
  });
});

/** HTML as a browser reads it: parsed and written out again. */
function asParsed(html: string): string {
  return toHtml(fromHtml(html, { fragment: true }));
}

describe('Astro\'s closing HTML pass (rehype-raw)', () => {
  const options = { fileURL: pathToFileURL(join(fixtures, 'x.md')), frontmatter: {} };

  test('is found in Astro\'s pipeline and made conditional', async () => {
    await pipeline.render('文字\n', options);
    expect(pipeline.rawPassWhenNeeded).toBe(true);
    await alwaysRaw.render('文字\n', options);
    expect(alwaysRaw.rawPassWhenNeeded).toBe(false);
  });

  test('still parses the raw HTML of a note that has some', async () => {
    // Passed through unparsed, the tag would keep its capitals and its unquoted attribute.
    const { html } = await pipeline.render('<DIV CLASS=box>盒子</DIV>\n\n正文\n', options);
    expect(html).toBe('<div class="box">盒子</div>\n<p>正文</p>');
  });
});

describe('a tree handed to the render', () => {
  const options = { fileURL: pathToFileURL(join(fixtures, 'x.md')), frontmatter: {} };
  const firstText = (tree: ReturnType<typeof pipeline.parse>) => (tree.children[0] as Paragraph).children[0] as Text;

  test('is rendered instead of parsing the text again', async () => {
    const tree = pipeline.parse('原文\n');
    firstText(tree).value = '换过的树';
    expect((await pipeline.render('原文\n', { ...options, tree })).html).toBe('<p>换过的树</p>');
  });

  test('is ignored when it was parsed from another text', async () => {
    const tree = pipeline.parse('别的文字\n');
    expect((await pipeline.render('原文\n', { ...options, tree })).html).toBe('<p>原文</p>');
  });
});
