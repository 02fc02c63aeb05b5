import { describe, expect, test } from 'vitest';
import { containsEveryTerm, keepExactMatches, queryTerms } from './search-terms.ts';

describe('queryTerms', () => {
  test.each([
    ['调度器', ['调度器']],
    ['informer 缓存', ['informer', '缓存']],
    ['  Kube-Proxy　模式 ', ['kube-proxy', '模式']],
    ['"etcd 备份"', ['etcd', '备份']],
    ['gc gc', ['gc']],
    ['   ', []],
  ])('%j -> %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe('containsEveryTerm', () => {
  test.each([
    ['kube-scheduler 是调度器', ['调度器'], true],
    ['容器运行时与负载均衡器', ['调度器'], false],
    ['GC 置灰对象', ['灰度发布'], false],
    ['SharedInformer 的本地缓存', ['informer', '缓存'], true],
    ['Informer 与锁的内存模型', ['informer', '缓存'], false],
  ])('%j holds %j: %s', (text, terms, expected) => {
    expect(containsEveryTerm(text, terms)).toBe(expected);
  });
});

describe('keepExactMatches', () => {
  const pages = ['调度器与调度策略', '容器', '调度器 kubelet'];
  test('keeps only the results with every term, in order', () => {
    expect(keepExactMatches(pages, (page) => page, '调度器')).toEqual({ exact: ['调度器与调度策略', '调度器 kubelet'], partial: false });
  });
  test('falls back to every result, marked partial, when none has every term', () => {
    expect(keepExactMatches(pages, (page) => page, '调度器 容器')).toEqual({ exact: pages, partial: true });
  });
  test('an empty query (a filter alone) keeps everything', () => {
    expect(keepExactMatches(pages, (page) => page, '')).toEqual({ exact: pages, partial: false });
  });
  test('no results stay no results, not partial', () => {
    expect(keepExactMatches([], (page: string) => page, '调度器')).toEqual({ exact: [], partial: false });
  });
});
