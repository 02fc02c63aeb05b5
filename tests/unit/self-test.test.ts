// Every self-test question in the course notes has its answer in card form: the question is an
// item of an ordered list in the 自测 section, and the item holds a
// <details><summary>参考答案</summary>…</details> block with the answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const parser = unified().use(remarkParse).use(remarkGfm);
const ANSWER = /^<details>\s*<summary>参考答案<\/summary>/;

interface SelfTest {
  questions: number;
  answers: number;
  problems: string[];
}

/** The questions and answers of the 自测 section of one note (none when it has no such section). */
function selfTest(path: string, source: string): SelfTest {
  const tree = parser.parse(source) as Root;
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && headingText(node) === '自测');
  const result: SelfTest = { questions: 0, answers: 0, problems: [] };
  if (start < 0) return result;
  const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= 2);
  const section: RootContent[] = tree.children.slice(start + 1, end < 0 ? undefined : end);
  for (const node of section) {
    const where = `${path}:${node.position?.start.line ?? 0}`;
    if (node.type !== 'list') {
      if (node.type === 'html' && ANSWER.test(node.value)) result.problems.push(`${where}: answer outside a question item (indent it under the question)`);
      continue;
    }
    if (!node.ordered) result.problems.push(`${where}: self-test questions should be a numbered list`);
    for (const item of node.children) {
      result.questions += 1;
      const answers = item.children.filter((child) => child.type === 'html' && ANSWER.test(child.value)).length;
      result.answers += answers;
      if (answers !== 1) result.problems.push(`${path}:${item.position?.start.line ?? 0}: question has ${answers} <details><summary>参考答案</summary> answers, expected 1 (“${questionText(item)}”)`);
    }
  }
  return result;
}

function headingText(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
}

function questionText(item: ListItem): string {
  const first = item.children[0];
  const text = first && first.type === 'paragraph' ? first.children.map((child) => ('value' in child ? child.value : '')).join('') : '';
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

test('a question without a card-form answer is reported', () => {
  const source = ['## 自测', '', '1. 有答案吗？', '', '   <details><summary>参考答案</summary>', '', '   有。', '', '   </details>', '', '2. 没有答案？', ''].join('\n');
  expect(selfTest('x.md', source)).toEqual({ questions: 2, answers: 1, problems: ['x.md:11: question has 0 <details><summary>参考答案</summary> answers, expected 1 (“没有答案？”)'] });
});

test('every self-test question in the notes has exactly one card-form answer', { timeout: 120_000 }, () => {
  const notes = listFiles(CONTENT).filter((path) => path.endsWith('.md'));
  const results = notes.map((path) => selfTest(`content/${path}`, readFileSync(join(CONTENT, path), 'utf8')));
  const questions = results.reduce((sum, result) => sum + result.questions, 0);
  const answers = results.reduce((sum, result) => sum + result.answers, 0);
  expect(results.flatMap((result) => result.problems)).toEqual([]);
  expect(answers).toBe(questions);
  expect(questions).toBeGreaterThan(300);
});
