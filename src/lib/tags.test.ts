import { describe, expect, test } from 'vitest';
import { collectTags, tagToSlug } from './tags.ts';

describe('tagToSlug', () => {
  test.each([
    ['kube-apiserver', 'kube-apiserver'],
    ['API 版本', 'api-版本'],
    ['RBAC', 'rbac'],
    [' 限流 ', '限流'],
    ['C#', 'c'],
  ])('%j -> %j', (tag, expected) => {
    expect(tagToSlug(tag)).toBe(expected);
  });
});

describe('collectTags', () => {
  const notes = [
    { id: 'a', tags: ['etcd', 'Raft'] },
    { id: 'b', tags: ['raft', 'etcd', 'etcd'] },
    { id: 'c', tags: ['etcd'] },
    { id: 'd', tags: [] },
  ];
  test('groups notes by tag, most used first, case folded into the first spelling', () => {
    const tags = collectTags(notes, '/repo/');
    expect(tags.map((tag) => [tag.name, tag.url, tag.notes.map((note) => note.id)])).toEqual([
      ['etcd', '/repo/tags/etcd/', ['a', 'b', 'c']],
      ['Raft', '/repo/tags/raft/', ['a', 'b']],
    ]);
  });
  test('no tags, no pages', () => {
    expect(collectTags([{ id: 'x', tags: [' '] }], '/')).toEqual([]);
  });
});
