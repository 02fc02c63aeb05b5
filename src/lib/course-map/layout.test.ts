import { expect, test } from 'vitest';
import type { Note } from '../course.ts';
import { curveBetween, fitLabel, layoutCourseMap, layoutLocalMap, packRows, textWidth, type Box } from './layout.ts';

const note = (id: string, title = id): Note => ({ id, url: `/${id}/`, file: `${id}.md`, title, tags: [], minutes: 1, toc: [], moduleId: id.split('/')[0] ?? '', math: false, groups: [] });

test.each([
  ['', 0],
  ['abc', 24],
  ['调度器', 39],
  ['Raft 共识', 65],
])('textWidth(%j) at 13px is %i', (text, width) => {
  expect(textWidth(text, 13)).toBe(width);
});

test.each([
  ['短标题', 100, '短标题'],
  ['一个很长很长很长很长的标题', 100, '一个很长很长很…'],
  ['kube-apiserver 请求链路', 120, 'kube-apiserver…'],
])('fitLabel(%j, width %i) -> %j, which fits', (text, width, label) => {
  expect(fitLabel(text, 13, width)).toBe(label);
  expect(textWidth(label, 13)).toBeLessThanOrEqual(width);
});

test('curves run from border to border', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  const b = { x: 200, y: 0, width: 100, height: 50 };
  expect(curveBetween(a, b)).toBe('M100 25Q150 35 200 25');
});

const box = (width: number, height = 10) => ({ width, height });

test.each([
  ['nothing', [], 100, { positions: [], width: 0, height: 0 }],
  ['one row', [box(30), box(30, 20)], 100, { positions: [{ x: 0, y: 0 }, { x: 40, y: 0 }], width: 70, height: 20 }],
  ['a row exactly full', [box(45), box(45)], 100, { positions: [{ x: 0, y: 0 }, { x: 55, y: 0 }], width: 100, height: 10 }],
  // The second row starts below the first row's tallest box.
  ['wrapped', [box(45, 30), box(45), box(45)], 100, { positions: [{ x: 0, y: 0 }, { x: 55, y: 0 }, { x: 0, y: 40 }], width: 100, height: 50 }],
  ['a box wider than a row, alone in its row', [box(30), box(150), box(30)], 100, { positions: [{ x: 0, y: 0 }, { x: 0, y: 20 }, { x: 0, y: 40 }], width: 150, height: 50 }],
])('packRows: %s', (_, sizes, maxWidth, rows) => {
  expect(packRows(sizes, maxWidth, 10)).toEqual(rows);
});

test('course map: the tracks of a long course wrap into rows no wider than the page, in reading order', () => {
  const modules = Array.from({ length: 17 }, (_, index) => ({
    id: `m${index}`,
    url: `/m${index}/`,
    folder: `m${index}`,
    title: `模块 ${index}`,
    notes: [note(`m${index}/a`, '一篇笔记')],
    tree: { folder: '', title: '', anchor: '', notes: [], groups: [] },
  }));
  const tracks = Array.from({ length: 6 }, (_, index) => ({ id: `t${index}`, title: `方向 ${index}`, modules: modules.slice(index * 3, index * 3 + 3) }));
  const layout = layoutCourseMap({ tracks, modules, moduleLinks: new Map() });
  expect(layout.width).toBeLessThanOrEqual(1120);
  expect(layout.tracks.length).toBe(6);
  for (const item of [...layout.tracks, ...layout.modules]) expect(item.x + item.width).toBeLessThanOrEqual(layout.width);
  for (const item of [...layout.tracks, ...layout.modules]) expect(item.y + item.height).toBeLessThanOrEqual(layout.height);
  // Row by row, left to right.
  const after = (a: Box, b: Box) => b.y > a.y || (b.y === a.y && b.x > a.x);
  for (const list of [layout.tracks, layout.modules]) for (const [i, item] of list.slice(1).entries()) expect(after(list[i]!, item)).toBe(true);
  expect(layout.modules.map((module) => module.id)).toEqual(modules.map((module) => module.id));
  expect(new Set(layout.tracks.map((track) => track.y)).size).toBeGreaterThan(1);
});

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('course map: every module boxed inside its track, no two modules overlap, notes inside their module', async () => {
  const modules = ['go', 'docker', 'k8s', 'etcd'].map((id, index) => ({
    id,
    url: `/${id}/`,
    folder: id,
    title: `模块 ${id}`,
    notes: Array.from({ length: index + 1 }, (_, n) => note(`${id}/n${n}`, `笔记 ${n}：一个相当长的标题，会被截短`)),
    tree: { folder: '', title: '', anchor: '', notes: [], groups: [] },
  }));
  const layout = layoutCourseMap({
    tracks: [{ id: 'lang', title: '语言', modules: modules.slice(0, 1) }, { id: 'cloud', title: '云', modules: modules.slice(1) }],
    modules,
    moduleLinks: new Map([['go', { out: new Map([['etcd', 2]]), in: new Map() }]]),
  });
  expect(layout.modules.map((module) => module.id)).toEqual(['go', 'docker', 'k8s', 'etcd']);
  for (const [i, module] of layout.modules.entries()) {
    const track = layout.tracks[i === 0 ? 0 : 1]!;
    expect(module.x >= track.x && module.y >= track.y && module.x + module.width <= track.x + track.width && module.y + module.height <= track.y + track.height).toBe(true);
    for (const other of layout.modules.slice(i + 1)) expect(overlap(module, other)).toBe(false);
    for (const item of module.notes) expect(item.y + item.height).toBeLessThanOrEqual(module.y + module.height);
    for (const item of module.notes) expect(item.label.endsWith('…')).toBe(true);
  }
  expect(layout.edges).toEqual([expect.objectContaining({ from: 'go', to: 'etcd', count: 2, d: expect.stringMatching(/^M\d+ \d+Q/) })]);
  expect(layout.width).toBeGreaterThan(0);
});

test('local map: incoming notes left of the note, notes it links to right of it, at most the limit per side', async () => {
  const self = note('etcd/raft');
  const incoming = Array.from({ length: 9 }, (_, n) => note(`k8s/in${n}`));
  const layout = await layoutLocalMap({ note: self, incoming, mutual: [note('go/both')], outgoing: [note('k8s/out')] }, 6);
  const byRole = (role: string) => layout.notes.filter((item) => item.role === role);
  expect(byRole('incoming')).toHaveLength(6);
  const centre = byRole('self')[0]!;
  for (const item of byRole('incoming')) expect(item.x + item.width).toBeLessThanOrEqual(centre.x);
  for (const item of [...byRole('mutual'), ...byRole('outgoing')]) expect(item.x).toBeGreaterThanOrEqual(centre.x + centre.width);
  expect(layout.edges).toHaveLength(8);
  // Inside the drawing, and no two boxes overlap.
  for (const item of layout.notes) {
    expect(item.x).toBeGreaterThanOrEqual(0);
    expect(item.y).toBeGreaterThanOrEqual(0);
    expect(item.x + item.width).toBeLessThanOrEqual(layout.width);
    expect(item.y + item.height).toBeLessThanOrEqual(layout.height);
  }
  const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  layout.notes.forEach((a, i) => layout.notes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)));
  // Each edge runs from its source's right side to its target's left side.
  for (const edge of layout.edges) {
    const [from, to] = [layout.notes.find((item) => item.id === edge.from)!, layout.notes.find((item) => item.id === edge.to)!];
    const [start, end] = [/^M(\S+) (\S+)C/.exec(edge.d)!, / (\S+) (\S+)$/.exec(edge.d)!];
    expect([Number(start[1]), Number(start[2])]).toEqual([from.x + from.width, from.y + from.height / 2]);
    expect([Number(end[1]), Number(end[2])]).toEqual([to.x, to.y + to.height / 2]);
  }
});

test('local map: a note only linked to sits at the right, alone in its column', () => {
  const layout = layoutLocalMap({ note: note('etcd/raft'), incoming: [note('go/in')], mutual: [], outgoing: [] });
  const [self, incoming] = layout.notes;
  expect(incoming!.x + incoming!.width).toBeLessThan(self!.x);
  expect(self!.x + self!.width).toBeLessThanOrEqual(layout.width);
  expect(layout.edges).toEqual([expect.objectContaining({ from: 'go/in', to: 'etcd/raft' })]);
});
