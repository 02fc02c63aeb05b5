import { expect, test } from 'vitest';
import { buildLinkGraph, moduleConnections, orphansOf } from './link-graph.ts';

const context = (text: string) => ({ before: '', text, after: '' });
const graph = buildLinkGraph([
  { id: 'go/a', links: [{ to: 'etcd/raft', context: context('Raft') }, { to: 'etcd/raft', context: context('再次') }, { to: 'go/a', context: context('自己') }] },
  { id: 'k8s/b', links: [{ to: 'etcd/raft', context: context('共识') }, { to: 'go/a', context: context('GMP') }] },
  { id: 'etcd/raft', links: [] },
  { id: 'etcd/lonely', links: [] },
]);

test('backlinks: one per linking note, first sentence kept, repeats counted, self-links ignored', () => {
  expect(graph.backlinks.get('etcd/raft')).toEqual([
    { from: 'go/a', context: context('Raft'), count: 2 },
    { from: 'k8s/b', context: context('共识'), count: 1 },
  ]);
  expect(graph.backlinks.get('go/a')).toEqual([{ from: 'k8s/b', context: context('GMP'), count: 1 }]);
  expect(graph.outgoing.get('go/a')).toEqual(new Set(['etcd/raft']));
});

test('orphans are the notes nothing links to', () => {
  expect(orphansOf(graph, ['go/a', 'k8s/b', 'etcd/raft', 'etcd/lonely'])).toEqual(['k8s/b', 'etcd/lonely']);
});

test('module connections count links across modules, both ways', () => {
  const modules = moduleConnections(graph, (id) => id.split('/')[0]);
  expect(modules.get('etcd')).toEqual({ out: new Map(), in: new Map([['go', 2], ['k8s', 1]]) });
  expect(modules.get('k8s')).toEqual({ out: new Map([['etcd', 1], ['go', 1]]), in: new Map() });
});
