import { expect, test } from 'vitest';
import { resolveTitle, titleFromName } from './titles.ts';

const heading = (depth: number, text: string) => ({ depth, text, slug: text });

test.each([
  [{ frontmatter: '前言', leadHeading: 'H1', fileName: 'a.md' }, '前言'],
  [{ frontmatter: '  ', leadHeading: 'Raft 共识', fileName: 'a.md' }, 'Raft 共识'],
  [{ headings: [heading(2, '小节'), heading(1, '正文标题')], fileName: 'a.md' }, '正文标题'],
  [{ headings: [heading(2, '小节')], fileName: '02-raft_共识.md' }, 'raft 共识'],
  [{ fileName: 'M05_note.md' }, 'M05 note'],
  [{ fileName: '01-.md' }, '01'],
])('resolveTitle(%j) = %s', (sources, title) => {
  expect(resolveTitle(sources)).toBe(title);
});

test('titleFromName keeps what a person wrote, minus order prefix and extension', () => {
  expect(titleFromName('03-容器网络与存储.md')).toBe('容器网络与存储');
  expect(titleFromName('module05_etcd')).toBe('module05 etcd');
});
