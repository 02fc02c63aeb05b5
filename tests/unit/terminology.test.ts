// One translation per term across the course notes: the variants listed in terminology.json must
// not appear in note prose. Code (fenced or inline), raw HTML and link targets are not prose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { findVariants, type Term } from './terminology.ts';

const CONTENT = join(import.meta.dirname, '../../content');
// The glossary names the non-preferred variants on purpose, to say which spelling replaces them.
const GLOSSARY = '00-intro/04-术语表.md';
const { terms } = JSON.parse(readFileSync(join(import.meta.dirname, 'terminology.json'), 'utf8')) as { terms: Term[] };

describe('findVariants', () => {
  const sample: Term[] = [
    { preferred: '调和', english: 'reconcile', forbidden: ['调谐'] },
    { preferred: '领导者', english: 'leader', forbidden: ['Leader'] },
  ];

  test('finds a variant in prose, with line and column', () => {
    const source = '---\ntitle: 示例\n---\n\n控制器不断调谐。\n';
    expect(findVariants(source, sample)).toEqual([{ line: 5, column: 6, variant: '调谐', preferred: '调和' }]);
  });

  test('checks headings, list items, table cells, link text and the frontmatter title', () => {
    const source = [
      '---',
      'title: Leader 的职责',
      '---',
      '## 调谐循环',
      '- 新 Leader 上任',
      '| 角色 | 说明 |',
      '| --- | --- |',
      '| Leader | 写入 |',
      '[调谐](other.md)',
    ].join('\n');
    expect(findVariants(source, sample).map(({ line, variant }) => `${line}:${variant}`)).toEqual([
      '2:Leader',
      '4:调谐',
      '5:Leader',
      '8:Leader',
      '9:调谐',
    ]);
  });

  test('ignores code blocks, inline code, HTML and link targets', () => {
    const source = [
      '```mermaid',
      'stateDiagram-v2',
      '  Follower --> Leader: 调谐',
      '```',
      '用 `--leader-elect` 和 `Leader` 字段，见 [文档](https://example.com/Leader/调谐)。',
      '<details><summary>Leader</summary>',
    ].join('\n');
    expect(findVariants(source, sample)).toEqual([]);
  });

  test('skips the English term when it is marked as English', () => {
    expect(findVariants('领导者（<span lang="en">Leader</span>）负责写入，Leader 不行。', sample)).toEqual([
      { line: 1, column: 40, variant: 'Leader', preferred: '领导者' },
    ]);
  });

  test('matches ASCII variants as whole words only', () => {
    expect(findVariants('LeaderElection、move-leader 与 Leaders 都不算。', sample)).toEqual([]);
    expect(findVariants('选出Leader后', sample)).toHaveLength(1);
  });
});

describe('terminology list', () => {
  test('no preferred spelling is also listed as forbidden', () => {
    const preferred = new Set(terms.map((term) => term.preferred));
    expect(terms.flatMap((term) => term.forbidden).filter((variant) => preferred.has(variant))).toEqual([]);
  });

  test('the glossary note lists every preferred term', () => {
    const glossary = readFileSync(join(CONTENT, GLOSSARY), 'utf8');
    expect(terms.filter((term) => !glossary.includes(`| ${term.preferred} | ${term.english} |`)).map((term) => term.preferred)).toEqual([]);
  });
});

// Parsing every note takes a few seconds; on a busy shared machine it can take much longer.
test('course notes use only the preferred spelling of each listed term', { timeout: 120_000 }, () => {
  const notes = listFiles(CONTENT).filter((path) => path.endsWith('.md') && path !== GLOSSARY);
  expect(notes.length).toBeGreaterThan(50);
  const problems = notes.flatMap((path) =>
    findVariants(readFileSync(join(CONTENT, path), 'utf8'), terms).map(
      ({ line, column, variant, preferred }) => `content/${path}:${line}:${column}: “${variant}” → write “${preferred}” (see content/${GLOSSARY})`,
    ),
  );
  expect(problems).toEqual([]);
});
