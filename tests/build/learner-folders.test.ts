// issue 12: learners' folders from Typora, Obsidian and GitHub build as they are. Each fixture
// folder reproduces the numbered cases of the issue; the built site must pass our link check.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSite } from '../../scripts/check-links.ts';
import { buildSite } from './build-site.ts';

const env = { BASE_PATH: '/some-repo/', SITE_URL: 'https://example.github.io' };

describe('a Typora / plain GitHub folder (tests/fixtures/learner-typora)', () => {
  const { status, output, outDir } = buildSite('tests/fixtures/learner-typora', env);
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const title = (path: string) => /<h1>([^<]*)<\/h1>/.exec(page(path))?.[1];
  const hrefOf = (path: string, text: string) => new RegExp(`href="([^"]+)"[^>]*>${text}</a>`).exec(page(path))?.[1];

  test('builds; the built site passes the link check', () => {
    expect(status, output).toBe(0);
    const report = checkSite({ dir: outDir, base: '/some-repo/', site: env.SITE_URL });
    expect(report.problems).toEqual([]);
  });

  test('1: names that clash without their number prefix keep it, in one warning line; index.md and README.md both publish', () => {
    expect(output).toContain('5 names keep their number prefix (or README) in the URL, since without it two would share one: README.md, k8s/33.K8S kube-ovn.md, k8s/38. K8S kube-ovn.md, ops/03-gitops.md, ops/05-gitops.md.');
    expect(hrefOf('ops/links', '上篇')).toBe('/some-repo/ops/03-gitops/');
    expect(hrefOf('ops/links', '下篇')).toBe('/some-repo/ops/05-gitops/');
    expect(hrefOf('ops/links', 'kube-ovn 38')).toBe('/some-repo/k8s/38-k8s-kube-ovn/');
    expect(title('readme')).toBe('关于这个仓库');
    expect(page('')).toContain('这是 index.md');
  });

  test('2: empty frontmatter fields mean "not given"', () => {
    expect(title('blog/hexo-post')).toBe('Hexo 模板留下的空字段');
  });

  test('3: numbered H1 sections stay in the page and its table of contents; the title comes from the file name', () => {
    expect(title('k8s/sections')).toBe('sections');
    const toc = page('k8s/sections').slice(page('k8s/sections').indexOf('class="toc'));
    for (const section of ['1. 简介', '2. 架构', '3. 总结']) expect(toc).toContain(`>${section}</a>`);
  });

  test('4: a note that opens with ## takes its title from it', () => {
    expect(title('go/gmp')).toBe('GMP调度模型');
  });

  test('5: dates, multi-level numbers, " - " and a space before .md', () => {
    expect(title('diary/2024-02-26')).toBe('2024-02-26');
    expect(title('diary/2025-02-26')).toBe('2025-02-26');
    expect(title('k8s/kubeadm-setup')).toBe('kubeadm setup');
    expect(title('es/es详解---字段类型')).toBe('ES详解 - 字段类型');
    expect(title('go/笔记')).toBe('笔记');
  });

  test('6: sub-folders are nested groups in the navigation and on the module page; same titles told apart', () => {
    // The groups holding the page are open; any other is one link to its section of the module page.
    const inside = page('k8s/网络/cni/概述');
    expect(inside).toMatch(/<summary>网络<\/summary><ul><li class="note-group"><details open><summary>cni<\/summary><ul><li><a href="[^"]+" aria-current="page">/);
    expect(inside).toMatch(/<li class="note-group"><a href="\/some-repo\/k8s\/#group-存储">存储 · \d+ 篇笔记<\/a><\/li>/);
    expect(page('k8s/sections')).toMatch(/<li class="note-group"><a href="\/some-repo\/k8s\/#group-网络">网络 · \d+ 篇笔记<\/a><\/li>/);
    expect(page('k8s')).toMatch(/<h3 id="group-存储">存储<\/h3>/);
    expect(page('k8s/网络/cni/概述')).toMatch(/<a href="\/some-repo\/k8s\/#group-网络">网络<\/a>.*<a href="\/some-repo\/k8s\/#group-网络-cni">cni<\/a>/s);
  });

  test('7: links to folders go to the folder\'s page', () => {
    expect(hrefOf('ops/links', 'module6')).toBe('/some-repo/module6/');
    expect(hrefOf('ops/links', 'templates')).toBe('/some-repo/templates/');
    expect(decodeURI(hrefOf('ops/links', '网络') ?? '')).toBe('/some-repo/k8s/#group-网络');
  });

  test('8: Windows and macOS absolute image paths resolve to the image in the notes folder', () => {
    expect(page('k8s/images').match(/<img [^>]*src="\/some-repo\/_astro\/a\.[^"]+"/g)).toHaveLength(2);
  });

  test('11 and 15: code languages as people write them; one summary line for unknown ones and Typora diagrams', () => {
    const code = page('go/code');
    for (const lang of ['go', 'c', 'cpp', 'java', 'python', 'objective-c', 'shell', 'console', 'dockerfile', 'yaml']) expect(code).toContain(`data-language="${lang}"`);
    expect(output.match(/foolang/g)).toHaveLength(1);
    expect(output).toContain('2 Typora flow/sequence diagrams are shown as code, not drawn');
    expect(code).toContain('st=>start: 开始');
  });

  test('12: math is drawn at build time; only pages with math load KaTeX\'s stylesheet', () => {
    expect(page('go/math')).toContain('class="katex-display"');
    expect(page('go/math')).toContain('href="/some-repo/katex/katex.min.css"');
    expect(page('go/gmp')).not.toContain('katex');
    expect(readFileSync(join(outDir, 'katex/katex.min.css'), 'utf8')).not.toMatch(/\.ttf/);
  });

  test('13 and 16: no external-link marker in the table of contents; autolinks end where Chinese text begins', () => {
    const notePage = page('go/links-in-headings');
    expect(notePage).toContain('<a href="#docker-网络模型">Docker 网络模型</a>');
    expect(notePage).toContain('访问<a href="http://localhost:8080"');
    expect(notePage).toContain('>查看，或者打开<a href="https://example.com/"');
  });

  test('16: the link check reports an invalid URL as a finding instead of crashing', () => {
    writeFileSync(join(outDir, 'invalid.html'), '<a href="http://localhost:8080查看">x</a>');
    expect(checkSite({ dir: outDir, base: '/some-repo/' }).problems).toEqual([{ where: 'invalid.html:1:1', url: 'http://localhost:8080查看', problem: 'not a valid URL: fix the link in the note' }]);
  });
}, 240_000);

describe('an Obsidian vault (tests/fixtures/learner-obsidian)', () => {
  const { status, output, outDir } = buildSite('tests/fixtures/learner-obsidian', env);
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  test('builds; the built site passes the link check', () => {
    expect(status, output).toBe(0);
    expect(checkSite({ dir: outDir, base: '/some-repo/', site: env.SITE_URL }).problems).toEqual([]);
  });

  test('a folder without math publishes no KaTeX files', () => {
    expect(existsSync(join(outDir, 'katex'))).toBe(false);
  });

  test('9: plain links and images by unique file name resolve, as in Obsidian', () => {
    expect(page('go/gc')).toMatch(/<img [^>]*src="\/some-repo\/_astro\/%E5%9B%BE\.[^"]+"/);
    expect(page('go/gc')).toContain(`href="${encodeURI('/some-repo/go/调度/')}">调度</a>`);
  });

  test('14: inline tags become the note\'s tags; a #tag line at the top is not a heading or a paragraph', () => {
    const gc = page('go/gc');
    expect(gc).toMatch(/<h1>垃圾回收<\/h1>/);
    expect(gc).not.toContain('<p>#gc');
    const tags = gc.slice(gc.indexOf('class="tags"'), gc.indexOf('</ul>', gc.indexOf('class="tags"')));
    for (const tag of ['gc', 'golang', '算法', 'mysql/索引']) expect(tags).toContain(tag);
    expect(gc).toContain('<span class="inline-tag">#算法</span>');
  });
}, 240_000);

describe('mistakes are still reported, with the right suggestion (tests/fixtures/learner-broken)', () => {
  test('8, 9 and 10: a lost absolute path, a name-only image outside a vault, a wrong extension', () => {
    const { status, output } = buildSite('tests/fixtures/learner-broken');
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/learner-broken/go/images.md:3:1  ![Windows 路径](E:\\notes\\lost.png)\n    a path on the author's computer (E:\\notes\\lost.png), and no file of that name is in the notes folder");
    expect(output).toContain('tests/fixtures/learner-broken/go/images.md:5:1  ![只写文件名](图.png)\n    the image is not in the notes folder (nor in public/); did you mean ./图片/图.png?');
    expect(output).toContain('tests/fixtures/learner-broken/go/images.md:7:1  ![扩展名写错](arch.jpg)\n    the image is not in the notes folder (nor in public/); did you mean ./arch.png?');
  }, 120_000);
});
