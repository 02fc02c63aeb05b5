import { expect, test } from 'vitest';
import { canNameNote, isNumberedSection, resolveTitle, titleFromName } from './titles.ts';

test.each([
  [{ frontmatter: '前言', leadHeading: 'H1', fileName: 'a.md' }, '前言'],
  [{ frontmatter: '  ', leadHeading: 'Raft 共识', fileName: 'a.md' }, 'Raft 共识'],
  [{ fileName: '02-raft_共识.md' }, 'raft 共识'],
  [{ fileName: 'M05_note.md' }, 'M05 note'],
  [{ fileName: '01-.md' }, '01'],
])('resolveTitle(%j) = %s', (sources, title) => {
  expect(resolveTitle(sources)).toBe(title);
});

test('titleFromName keeps what a person wrote, minus order prefix and extension', () => {
  expect(titleFromName('03-容器网络与存储.md')).toBe('容器网络与存储');
  expect(titleFromName('module05_etcd')).toBe('module05 etcd');
});

// issue 12, case 5: file names as people write them.
test.each([
  ['2024-02-26.md', '2024-02-26'],
  ['1.1.kubeadm-setup.md', 'kubeadm setup'],
  ['ES详解 - 字段类型.md', 'ES详解 - 字段类型'],
  ['笔记 .md', '笔记'],
  ['33.K8S kube-ovn.md', 'K8S kube ovn'],
  ['38. K8S kube-ovn.md', 'K8S kube ovn'],
  ['gmp.md', 'gmp'],
])('titleFromName(%s) = %s', (name, title) => {
  expect(titleFromName(name)).toBe(title);
});

// issue 12, case 3: H1s that number sections do not name the note.
test.each([
  ['1. 概述', true],
  ['2 架构', true],
  ['1.2 安装', true],
  ['一、简介', true],
  ['第三章 调度', true],
  ['Raft 共识', false],
  ['K8s 调度器', false],
  ['2024年总结', false],
])('isNumberedSection(%s) = %s', (text, numbered) => {
  expect(isNumberedSection(text)).toBe(numbered);
});

test.each([
  ['GMP调度模型', true],
  ['概述', false],
  ['Overview', false],
  ['1. 简介', false],
])('canNameNote(%s) = %s', (text, can) => {
  expect(canNameNote(text)).toBe(can);
});
