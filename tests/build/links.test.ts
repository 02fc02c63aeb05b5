// The link doctor in real builds, and the built-site checker over what they produce.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSite } from '../../scripts/check-links.ts';
import { BUILD_TIMEOUT, buildSite } from './build-site.ts';

describe('links in builds', () => {
  test('a strict build stops at a broken link and a missing image, listing each with file:line:column', () => {
    const { status, output } = buildSite('tests/fixtures/vault-broken');
    expect(status).not.toBe(0);
    expect(output).toContain('9 broken links in the notes:');
    expect(output).toContain('tests/fixtures/vault-broken/go/broken.md:5:8  [调度器](01-调度期.md)\n    no such file in the notes folder; did you mean ./01-调度器.md?');
    expect(output).toContain('tests/fixtures/vault-broken/go/broken.md:9:8  ![架构图](assets/arch.png)\n    the image is not in the notes folder (nor in public/)');
    expect(output).toContain("set brokenLinks: 'warn'");
  }, BUILD_TIMEOUT);

  test('with BROKEN_LINKS=warn the same folder builds, and the problems are listed at the end', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/vault-broken', { BROKEN_LINKS: 'warn' });
    expect(status, output).toBe(0);
    const summary = output.slice(output.indexOf('Built with 9 broken links'));
    expect(summary).toContain('tests/fixtures/vault-broken/go/broken.md:7:8  [概述](01-调度器.md#概数)');
    // Orphans: notes nothing links to (the links to these were the broken ones).
    expect(output).toMatch(/notes with no link pointing to them[^\n]*\n(\s+- .*\n)*\s+- go\/broken/);
    const page = readFileSync(join(outDir, 'go/broken/index.html'), 'utf8');
    expect(page).toContain('<span class="missing-image" role="img" aria-label="图片缺失：assets/arch.png">');
  }, BUILD_TIMEOUT);

  test('the fixture vault builds under /some-repo/ and every link in the built site resolves', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/vault', { BASE_PATH: '/some-repo/', SITE_URL: 'https://example.github.io' });
    expect(status, output).toBe(0);
    expect(output).toMatch(/\d+ links between notes, 0 broken; copied 2 linked files into _files\//);
    expect(existsSync(join(outDir, '_files/code/main.go'))).toBe(true);
    expect(existsSync(join(outDir, '_files/assets/a `b`.png'))).toBe(true);
    // Local images went through Astro's pipeline: optimised copies, served under the base path.
    expect(readdirSync(join(outDir, '_astro')).some((file) => file.endsWith('.webp'))).toBe(true);
    const links = readFileSync(join(outDir, 'go/links/index.html'), 'utf8');
    expect(links).toMatch(/<img [^>]*src="\/some-repo\/_astro\/[^"]+\.webp"/);
    // Backlinks: the scheduler note lists the notes that link to it, with their sentences.
    const scheduler = readFileSync(join(outDir, 'go/调度器-gmp/index.html'), 'utf8');
    expect(scheduler).toContain('被以下笔记引用');
    expect(scheduler).toMatch(/href="\/some-repo\/go\/links\/">链接大全<\/a>/);

    const report = checkSite({ dir: outDir, base: '/some-repo/', site: 'https://example.github.io' });
    expect(report.problems).toEqual([]);
    expect(report.links).toBeGreaterThan(100);

    // The checker does find what is broken: a page whose link lost its target.
    writeFileSync(join(outDir, 'broken.html'), '<a href="/some-repo/go/nowhere/">x</a><a href="/some-repo/go/links/#no-such-heading">y</a><a href="/elsewhere/">z</a><img srcset="/some-repo/missing.png 2x">');
    const broken = checkSite({ dir: outDir, base: '/some-repo/' });
    expect(broken.problems.map(({ where, url, problem }) => `${where} ${url}: ${problem}`)).toEqual([
      'broken.html:1:1 /some-repo/go/nowhere/: no such file in the built site',
      'broken.html:1:39 /some-repo/go/links/#no-such-heading: go/links/index.html has no element with id "no-such-heading"',
      'broken.html:1:91 /elsewhere/: outside the base path /some-repo/: a static host serves another site there',
      'broken.html:1:118 /some-repo/missing.png: no such file in the built site',
    ]);
  }, BUILD_TIMEOUT);
});
