import { expect, test } from 'vitest';
import type { Module, Note } from '../course.ts';
import { assertRouteFree, printViewPaths, printViewUrl } from './routes.ts';

const note = (id: string, file: string): Note => ({ id, url: `/${id}/`, file, title: id, tags: [], minutes: 1, toc: [], moduleId: id.split('/')[0] ?? '', math: false, groups: [] });
const module = (id: string, notes: Note[]): Module => ({ id, url: id ? `/${id}/` : undefined, folder: `01-${id}`, title: id, notes, tree: { folder: '', title: '', anchor: '', notes: [], groups: [] } });

test('print views: one per module with a page and notes', () => {
  const etcd = module('etcd', [note('etcd/raft', '01-etcd/raft.md')]);
  const course = { notes: etcd.notes, modules: [etcd, module('empty', []), module('', [note('loose', 'loose.md')])] };
  expect(printViewPaths(course)).toEqual([{ params: { module: 'etcd' }, props: { module: etcd } }]);
  expect(printViewUrl('/repo/', 'etcd')).toBe('/repo/etcd/print/');
});

test('a note where a print view or the map would go stops the build, naming the file', () => {
  const etcd = module('etcd', [note('etcd/print', '01-etcd/print.md')]);
  expect(() => printViewPaths({ notes: etcd.notes, modules: [etcd] })).toThrow('The print view of the module "etcd" would be published at /etcd/print/, where the note 01-etcd/print.md is.');
  expect(() => assertRouteFree({ notes: [], modules: [module('map', [])] }, 'map', 'The course map')).toThrow('where the module folder "01-map" is');
  expect(() => assertRouteFree({ notes: [], modules: [] }, 'map', 'The course map')).not.toThrow();
});
