// remark-note-links through the site's own pipeline, on a fixture vault holding every way an
// author links in Typora, Obsidian or VS Code (tests/fixtures/vault), and on one full of mistakes.
// The HTML of each vault note is compared with tests/fixtures/vault.expected/ (UPDATE_FIXTURES=1
// rewrites it); the key links are also checked one by one below.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { createBuildContext } from '../integrations/build-context.ts';
import { resolveSiteConfig } from '../lib/config.ts';
import { noteDataOf } from '../lib/note-data.ts';
import { loadVault } from '../lib/vault.ts';
import { createRenderer } from './render.ts';
import { sentenceAround } from './remark-note-links.ts';

const fixtures = resolve(import.meta.dirname, '../../tests/fixtures');
const update = process.env['UPDATE_FIXTURES'] === '1';

async function rendererFor(vault: string) {
  const site = resolveSiteConfig({ title: 'Vault', contentDir: join(fixtures, vault), base: '/some-repo/' }, {});
  const context = createBuildContext(site, { DIAGRAM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'vault-diagrams-')) }, 'sync');
  context.setVault(loadVault(site.contentDir));
  const render = await createRenderer(site, context);
  // As Astro's renderMarkdown does for the notes loader: the body, with its frontmatter beside it.
  return async (path: string) => {
    const file = join(fixtures, vault, path);
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const result = await render(content, file, frontmatter);
    return { html: result.code, data: noteDataOf(result.metadata.frontmatter) };
  };
}

const vaultNotes = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

describe('the fixture vault', async () => {
  const render = await rendererFor('vault');

  test.each(vaultNotes(join(fixtures, 'vault')))('%s renders as expected, with no broken link', async (path) => {
    const { html, data } = await render(path);
    expect(data.problems).toEqual([]);
    const expected = join(fixtures, 'vault.expected', `${path}.html`);
    // A missing expected file fails the test: only UPDATE_FIXTURES=1 writes one.
    if (update) {
      mkdirSync(dirname(expected), { recursive: true });
      writeFileSync(expected, html);
    }
    expect(existsSync(expected), `${expected} is missing: run UPDATE_FIXTURES=1 npx vitest run src/plugins and review it`).toBe(true);
    expect(html).toBe(readFileSync(expected, 'utf8'));
  });

  test('each way of writing a link points at the built page under the base path', async () => {
    const { html } = await render('go/links.md');
    const hrefs = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)</g)].map(([, href, text]) => [text, decodeURI(href ?? '')]);
    const target = '/some-repo/go/调度器-gmp/';
    expect(Object.fromEntries(hrefs)).toMatchObject({
      调度器: target,
      'GMP 模型': `${target}#gmp-模型goroutine`,
      自测: `${target}#gmp-模型goroutine`,
      第二个自测: `${target}#自测-1`,
      大写: target,
      根: target,
      上级: '/some-repo/go/crlf/#crlf-小节',
      空格: '/some-repo/go/m05_note/',
      井号: '/some-repo/go/c-笔记/',
      井号原样: '/some-repo/go/c-笔记/',
      页首: target,
      外部链接一节: '#外部链接',
      'Raft 论文笔记': '/some-repo/etcd/raft/#选举',
      带别名: target,
      '01-调度器 GMP > 自测': `${target}#自测`,
      Raft: '/some-repo/etcd/raft/',
      图片: '#图片',
      'C# 笔记': '/some-repo/go/c-笔记/',
      源码: '/some-repo/_files/code/main.go',
    });
    expect(html).toContain('href="https://etcd.io" class="external-link" rel="noopener noreferrer"');
  });

  test('images become Astro images relative to the note; remote ones are lazy', async () => {
    const { html } = await render('go/links.md');
    const sources = [...html.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map(([, json]) => JSON.parse((json ?? '').replace(/&#x22;/g, '"').replace(/&#x60;/g, '`')) as Record<string, unknown>);
    expect(sources.map((image) => image['src'])).toEqual([
      '../assets/截屏 2023-09-17 11.27.34.png',
      '../assets/截屏 2023-09-17 11.27.34.png',
      './images/win.png',
      '../images/win.png',
      '../assets/截屏 2023-09-17 11.27.34.png',
    ]);
    expect(sources[3]).toMatchObject({ alt: 'Typora 缩放', style: 'zoom:50%' });
    // A backtick in the name breaks Astro's image imports: that one is copied, not optimised.
    expect(html).toContain('<img src="/some-repo/_files/assets/a%20%60b%60.png" alt="a &#x60;b&#x60;.png" width="60" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="https://example.com/diagram.png" alt="远程" loading="lazy" decoding="async">');
  });

  test('[toc], ==highlight==, callouts and a heading that is a wikilink', async () => {
    const links = await render('go/links.md');
    expect(links.html).toMatch(/^<nav class="toc-inline-marker" aria-label="目录"><ol><li><a href="#笔记链接">笔记链接<\/a>/);
    expect(links.html).toContain('<mark class="flexible-marker flexible-marker-default">高亮的文字</mark>');
    expect(links.html).toContain('<div class="callout" data-callout="note"');
    expect(links.html).toContain('<details class="callout" data-callout="tip" data-collapsible="true">');
    const raft = await render('etcd/Raft.md');
    expect(raft.html).toContain('<h2 id="与-links-的关系">与 <a href="/some-repo/go/links/" class="wikilink">links</a> 的关系</h2>');
  });

  test('CRLF line endings and a byte-order mark change nothing', async () => {
    const { html, data } = await render('go/crlf.md');
    expect(html).toContain('<h2 id="crlf-小节">CRLF 小节</h2>');
    expect(data.links?.[0]?.to).toBe('go/调度器-gmp');
  });

  test('links to other notes are recorded with the sentence around them', async () => {
    const { data } = await render('go/01-调度器 GMP.md');
    expect(data.links).toEqual([{ to: 'etcd/raft', context: { before: 'GMP 模型由 G、M、P 组成，详见 ', text: '选举', after: ' 的对比。' } }]);
    // A reference-style link counts too, though its definition comes after it.
    const links = await render('go/links.md');
    expect(links.data.links).toContainEqual({ to: 'etcd/raft', context: { before: '引用式链接：', text: 'Raft 论文笔记', after: '' } });
  });
});

test('the vault full of mistakes: every problem, where it is, and a fix when one is close', async () => {
  const render = await rendererFor('vault-broken');
  const { data } = await render('go/broken.md');
  const at = (line: number, column: number) => `tests/fixtures/vault-broken/go/broken.md:${line}:${column}`;
  expect(data.problems).toEqual([
    { location: at(5, 8), written: '[调度器](01-调度期.md)', problem: 'no such file in the notes folder', suggestion: './01-调度器.md' },
    { location: at(7, 8), written: '[概述](01-调度器.md#概数)', problem: 'go/01-调度器.md has no heading with this anchor', suggestion: '#概述' },
    { location: at(9, 8), written: '![架构图](assets/arch.png)', problem: 'the image is not in the notes folder (nor in public/)', suggestion: undefined },
    { location: at(11, 16), written: '[[调度器]]', problem: 'no note or file has this name', suggestion: '[[01-调度器]]' },
    { location: at(11, 26), written: '[[01-调渡器]]', problem: 'no note or file has this name', suggestion: '[[01-调度器]]' },
    {
      location: at(13, 6),
      written: '[[概述]]',
      problem: '2 files have this name (go/sub/概述.md, k8s/概述.md); write the path instead, e.g. [[go/sub/概述]]',
      suggestion: undefined,
    },
    { location: at(15, 4), written: '[草稿](draft.md)', problem: 'it links to a draft note (go/draft.md has draft: true), which is not published', suggestion: undefined },
    { location: at(17, 8), written: '[外面](../../README.md)', problem: 'it points outside the notes folder', suggestion: undefined },
    { location: at(19, 9), written: '[[#不存在]]', problem: 'go/broken.md has no heading with this anchor', suggestion: undefined },
  ]);
});

test.each([
  ['前一句。详见 ', 'Raft', ' 一节，后面还有。再一句', { before: '详见 ', text: 'Raft', after: ' 一节，后面还有。' }],
  ['', '链接', '', { before: '', text: '链接', after: '' }],
  ['很长'.repeat(40), 'X', '', { before: `…${'很长'.repeat(30)}`, text: 'X', after: '' }],
])('sentenceAround(%j, %j, %j)', (before, text, after, expected) => {
  expect(sentenceAround(before, text, after)).toEqual(expected);
});
