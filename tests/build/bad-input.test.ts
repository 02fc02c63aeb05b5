// Bad input fails the build with a message that names the file (and line, where there is one).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT, buildSite } from './build-site.ts';

describe('builds of fixture folders', () => {
  test('two notes with one URL (not just a number prefix apart) fail the build, naming both files', () => {
    const { status, output } = buildSite('tests/fixtures/duplicate-url');
    expect(status).not.toBe(0);
    expect(output).toContain('Two notes would be published at the same URL /go/调度器-gmp/');
    expect(output).toContain('tests/fixtures/duplicate-url/go/调度器 GMP.md');
    expect(output).toContain('tests/fixtures/duplicate-url/go/调度器-gmp.md');
  }, BUILD_TIMEOUT);

  test('invalid frontmatter fails the build, naming file, line, column and field', () => {
    const { status, output } = buildSite('tests/fixtures/invalid-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toMatch(/tests\/fixtures\/invalid-frontmatter\/go\/bad\.md:3:9 status: Invalid option: expected one of "todo"\|"draft"\|"done"/);
  }, BUILD_TIMEOUT);

  test('an invalid diagram fails the build, naming file, line and column, with mermaid’s message', () => {
    const { status, output } = buildSite('tests/fixtures/invalid-diagram');
    expect(status).not.toBe(0);
    expect(output).toMatch(/tests\/fixtures\/invalid-diagram\/go\/02-bad\.md:7:1: invalid Mermaid diagram/);
    expect(output).toMatch(/Parse error on line \d/);
    expect(output).toMatch(/1 note failed to render, so the build stops:\n\s+- tests\/fixtures\/invalid-diagram\/go\/02-bad\.md/);
  }, BUILD_TIMEOUT);

  test('with locale en the interface speaks English and the page says lang="en"', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/plain-notes', { LOCALE: 'en' });
    expect(status, output).toBe(0);
    const note = readFileSync(join(outDir, 'module2/m02_note/index.html'), 'utf8');
    expect(note).toContain('<html lang="en">');
    expect(note).toMatch(/Skip to content.*Contents.*Search.*Colour scheme/s);
    expect(note).toContain('min read');
    expect(note).not.toMatch(/跳到正文|阅读约/);
  }, BUILD_TIMEOUT);

  test('a plain folder without frontmatter builds: titles from H1 or file name, natural order', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/plain-notes');
    expect(status, output).toBe(0);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('A learner’s index.');
    const order = ['第二模块笔记', '第十模块', 'loose idea'].map((title) => home.indexOf(title));
    expect(order.every((position) => position > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(existsSync(join(outDir, 'module2/m02_note/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'loose-idea/index.html'))).toBe(true);
    const note = readFileSync(join(outDir, 'module2/m02_note/index.html'), 'utf8');
    expect(note).toMatch(/<h1[^>]*>第二模块笔记<\/h1>/);
    expect(note.match(/<h1/g)).toHaveLength(1);
  }, BUILD_TIMEOUT);
});

describe('cards', () => {
  test('a module whose URL is a page of the site (/review/) fails the build, naming it', () => {
    const { status, output } = buildSite('tests/fixtures/route-clash');
    expect(status).not.toBe(0);
    expect(output).toContain('Notes would be published at URLs the site itself uses:');
    expect(output).toContain('/review/ is also where the site\'s own "review" page or folder is published');
  }, 120_000);

  test('the build log counts cards per module and names malformed ones with file:line; the deck passes the checks', async () => {
    const { status, output, outDir } = buildSite('tests/fixtures/flashcards');
    expect(status, output).toBe(0);
    expect(output).toMatch(/\[cards\] 2 cards in 1 module:\n\[cards\]\s+go\s+2/);
    expect(output).toContain('tests/fixtures/flashcards/go/01-调度器.md:23:1  a question in a self-test section without a <details> answer');
    const { ankiProblems, openApkg } = await import('../../src/lib/cards/anki-check.ts');
    const opened = await openApkg(readFileSync(join(outDir, 'review/study-notes.apkg')));
    expect(ankiProblems(opened)).toEqual([]);
    const back = (opened.db.prepare("select flds from notes where flds like '%GOMAXPROCS%'").get() as { flds: string }).flds;
    // Coloured: the block's colours on the <pre>, tokens by class (src/lib/code-colours.ts, whose rules the deck's stylesheet carries) or style.
    expect(back).toMatch(/<pre class="astro-code[^"]*" style="--shiki-light:[^"]*"[^>]*><code>[^]*?<span class="tk-function">GOMAXPROCS<\/span>/);
  }, 120_000);
});
