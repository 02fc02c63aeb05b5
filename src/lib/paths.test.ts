import { describe, expect, test } from 'vitest';
import { editUrl, fileToId, HOME_ID, idToUrl, isIndexFile, moduleIdOf, normalizeBase, orderPrefixOf, segmentToSlug, stripOrderPrefix, urlToId, withBase } from './paths.ts';

describe('fileToId', () => {
  test.each([
    ['05-etcd/02-raft-共识.md', 'etcd/raft-共识'],
    ['go/01 调度器 GMP.md', 'go/调度器-gmp'],
    ['module05_etcd/M05_note.md', 'module05_etcd/m05_note'],
    ['module2/Notes.MD', 'module2/notes'],
    ['05-etcd/index.md', 'etcd'],
    ['05-etcd/README.md', 'etcd'],
    ['README.md', HOME_ID],
    ['index.md', HOME_ID],
    ['loose note.md', 'loose-note'],
    ['module02/httpserver/README.md', 'module02/httpserver'],
    ['12-istio/04-流量管理：VirtualService.md', 'istio/流量管理virtualservice'],
    ['2023.md', '2023'],
    ['docs\\windows\\笔记.md', 'docs/windows/笔记'],
    ['./a/b.markdown', 'a/b'],
    // issue 12: file-name rules
    ['diary/2024-02-26.md', 'diary/2024-02-26'],
    ['diary/2025-02-26.md', 'diary/2025-02-26'],
    ['k8s/1.1.kubeadm-setup.md', 'k8s/kubeadm-setup'],
    ['es/ES详解 - 字段类型.md', 'es/es详解---字段类型'],
    ['go/笔记 .md', 'go/笔记'],
  ])('%s -> %s', (file, id) => {
    expect(fileToId(file)).toBe(id);
  });

  test('two spellings of one name give one id (the loader reports the clash)', () => {
    expect(fileToId('go/A B.md')).toBe(fileToId('go/a-b.md'));
    expect(fileToId('go/01-intro.md')).toBe(fileToId('go/02-intro.md'));
  });

  test('a name with nothing to slug is an error that says to rename', () => {
    expect(() => fileToId('go/？？.md')).toThrow(/rename/);
  });
});

describe('order prefixes', () => {
  test.each([
    ['01-调度器', '调度器', [1]],
    ['10_gc', 'gc', [10]],
    ['3. 网络', '网络', [3]],
    // issue 12: multi-level numbers go whole; a date is not an order; "、" separates too.
    ['1.1.kubeadm-setup', 'kubeadm-setup', [1, 1]],
    ['2.10 etcd', 'etcd', [2, 10]],
    ['33.K8S kube-ovn', 'K8S kube-ovn', [33]],
    ['38. K8S kube-ovn', 'K8S kube-ovn', [38]],
    ['1、概述', '概述', [1]],
    ['2024-02-26', '2024-02-26', undefined],
    ['2024-02-26 周报', '2024-02-26 周报', undefined],
    ['2024.2.6', '2024.2.6', undefined],
    ['3.5', '3.5', undefined],
    ['2023', '2023', undefined],
    ['module05_etcd', 'module05_etcd', undefined],
    ['M05_note', 'M05_note', undefined],
    ['01-', '01-', undefined],
  ])('%s', (name, stripped, order) => {
    expect(stripOrderPrefix(name)).toBe(stripped);
    expect(orderPrefixOf(name)).toEqual(order);
  });
});

describe('urls', () => {
  test.each([
    ['/', 'etcd/raft', '/etcd/raft/'],
    ['/some-repo/', 'etcd/raft-共识', '/some-repo/etcd/raft-共识/'],
    ['/some-repo/', HOME_ID, '/some-repo/'],
  ])('idToUrl(%s, %s) = %s and back', (base, id, url) => {
    expect(idToUrl(base, id)).toBe(url);
    expect(urlToId(base, url)).toBe(id);
  });

  test('urlToId undoes percent-encoding and ignores query and hash', () => {
    expect(urlToId('/r/', '/r/etcd/raft-%E5%85%B1%E8%AF%86/?q=1#x')).toBe('etcd/raft-共识');
    expect(urlToId('/r/', '/other/etcd/')).toBeUndefined();
  });

  test.each([
    ['/', '/'],
    ['', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['repo/', '/repo/'],
    ['//a/b//', '/a/b/'],
  ])('normalizeBase(%j) = %s', (input, base) => {
    expect(normalizeBase(input)).toBe(base);
  });

  test('withBase joins without doubling slashes', () => {
    expect(withBase('/repo/', '/search/')).toBe('/repo/search/');
    expect(withBase('/', 'favicon.svg')).toBe('/favicon.svg');
  });
});

test('modules and indexes', () => {
  expect(moduleIdOf('05-etcd/02-raft.md')).toBe('etcd');
  expect(moduleIdOf('loose.md')).toBe('');
  expect(isIndexFile('a/README.md')).toBe(true);
  expect(isIndexFile('a/readme.markdown')).toBe(true);
  expect(isIndexFile('a/indexes.md')).toBe(false);
  expect(segmentToSlug('01-Raft 共识')).toBe('raft-共识');
});

test('editUrl encodes each path segment', () => {
  expect(editUrl('https://github.com/u/notes/', 'main', 'content/05-etcd/02-raft 共识.md')).toBe(
    'https://github.com/u/notes/edit/main/content/05-etcd/02-raft%20%E5%85%B1%E8%AF%86.md',
  );
});
