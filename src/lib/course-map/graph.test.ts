import { expect, test } from 'vitest';
import type { Course, Note } from '../course.ts';
import { buildLinkGraph } from '../link-graph.ts';
import { moduleEdges, neighbourhoodOf } from './graph.ts';

const note = (id: string): Note => ({ id, url: `/${id}/`, file: `${id}.md`, title: id, tags: [], minutes: 1, toc: [], moduleId: id.split('/')[0] ?? '', math: false, groups: [] });
const context = { before: '', text: 'x', after: '' };
const links = (...targets: string[]) => targets.map((to) => ({ to, context }));
// go/a <-> etcd/raft, k8s/b -> etcd/raft, etcd/raft -> k8s/c, nothing links with etcd/lonely.
const graph = buildLinkGraph([
  { id: 'go/a', links: links('etcd/raft', 'etcd/raft') },
  { id: 'k8s/b', links: links('etcd/raft', 'go/a') },
  { id: 'k8s/c', links: [] },
  { id: 'etcd/raft', links: links('go/a', 'k8s/c', 'etcd/raft') },
  { id: 'etcd/lonely', links: [] },
]);
const notes = ['go/a', 'k8s/b', 'k8s/c', 'etcd/raft', 'etcd/lonely'].map(note);
const course = {
  notes,
  backlinks: graph.backlinks,
  outgoing: graph.outgoing,
  modules: ['go', 'k8s', 'etcd'].map((id) => ({ id, folder: id, title: id, notes: notes.filter((n) => n.moduleId === id), tree: { folder: '', title: '', anchor: '', notes: [], groups: [] } })),
  moduleLinks: new Map([
    ['go', { out: new Map([['etcd', 2]]), in: new Map([['etcd', 1], ['k8s', 1]]) }],
    ['k8s', { out: new Map([['etcd', 1], ['go', 1]]), in: new Map([['etcd', 1]]) }],
    ['etcd', { out: new Map([['go', 1], ['k8s', 1]]), in: new Map([['go', 2], ['k8s', 1]]) }],
  ]),
} satisfies Pick<Course, 'notes' | 'backlinks' | 'outgoing' | 'modules' | 'moduleLinks'>;

test('module edges: one per pair, both directions counted, pointing along the reading order', () => {
  expect(moduleEdges(course)).toEqual([
    { from: 'go', to: 'k8s', count: 1 },
    { from: 'go', to: 'etcd', count: 3 },
    { from: 'k8s', to: 'etcd', count: 2 },
  ]);
});

test.each([
  ['etcd/raft', { incoming: ['k8s/b'], mutual: ['go/a'], outgoing: ['k8s/c'] }],
  ['go/a', { incoming: ['k8s/b'], mutual: ['etcd/raft'], outgoing: [] }],
  ['k8s/c', { incoming: ['etcd/raft'], mutual: [], outgoing: [] }],
  ['etcd/lonely', { incoming: [], mutual: [], outgoing: [] }],
])('the neighbourhood of %s, in reading order, without the note itself', (id, expected) => {
  const neighbourhood = neighbourhoodOf(course, id);
  expect(neighbourhood?.note.id).toBe(id);
  expect({
    incoming: neighbourhood?.incoming.map((n) => n.id),
    mutual: neighbourhood?.mutual.map((n) => n.id),
    outgoing: neighbourhood?.outgoing.map((n) => n.id),
  }).toEqual(expected);
});

test('no neighbourhood for a note that is not published', () => {
  expect(neighbourhoodOf(course, 'go/draft')).toBeUndefined();
});
