import { describe, expect, test } from 'vitest';
import { buildCourse, type NoteFrontmatter, type NoteSource } from './course.ts';
import type { NoteData } from './note-data.ts';
import { courseKey, entriesKey, modulePageKey, notePageKey } from './page-keys.ts';
import { fileToId } from './paths.ts';

const source = (file: string, data: NoteFrontmatter = {}, noteData: NoteData = {}): NoteSource => ({ id: fileToId(file), file, data, headings: [], noteData });
const link = (to: string, before: string) => ({ to, context: { before, text: '链接', after: '。' } });
const options = { site: { base: '/repo/', tracks: [] }, untitledGroups: { looseNotes: '未归类笔记', otherModules: '其他模块' } };
const settings = { title: '笔记' };

/** The course of three notes in two modules, with `change` applied to its sources first. */
function courseWith(change: (sources: Record<'a' | 'b' | 'c', NoteSource>) => void = () => {}) {
  const sources = {
    a: source('go/a.md', { title: 'A', tags: ['go'] }, { minutes: 3, links: [link('k8s/c', '先看')] }),
    b: source('go/b.md', { title: 'B' }, { minutes: 5 }),
    c: source('k8s/c.md', { title: 'C' }, { minutes: 2 }),
  };
  change(sources);
  return buildCourse(Object.values(sources), options);
}
const digests: Record<string, string> = { 'go/a': 'a1', 'go/b': 'b1', 'k8s/c': 'c1' };
const digest = (id: string) => digests[id] ?? 'none';

/** Every page's key, by page, for a course (and entry digests). */
function keys(course: ReturnType<typeof courseWith>, entry = digest, site: unknown = settings): Record<string, string> {
  return {
    ...Object.fromEntries(course.notes.map((note) => [note.id, notePageKey(course, site, note, entry)])),
    ...Object.fromEntries(course.modules.map((module) => [`${module.id}/`, modulePageKey(course, site, module, entry)])),
    ...Object.fromEntries(course.modules.map((module) => [`${module.id}/print/`, modulePageKey(course, site, module, entry, true)])),
    'tags/go/': courseKey(course, site),
    'previews/0.json': entriesKey(course, site, ['go/a', 'k8s/c'], entry),
  };
}
const before = keys(courseWith());

/** The pages whose key differs from `before`. */
const changed = (after: Record<string, string>) => Object.keys(before).filter((page) => before[page] !== after[page]);

describe('page keys: each change re-renders exactly the pages that show it', () => {
  test.each<[string, () => Record<string, string>, string[]]>([
    ['nothing', () => keys(courseWith()), []],
    ["a note's rendered text (its entry's digest)", () => keys(courseWith(), (id) => (id === 'go/b' ? 'b2' : digest(id))), ['go/b', 'go/print/']],
    ["a note's reading time (its page, its module's pages)", () => keys(courseWith((s) => (s.b.noteData = { minutes: 6 }))), ['go/b', 'go/', 'go/print/']],
    ['the sentence around a link (the target note\'s page)', () => keys(courseWith((s) => (s.a.noteData = { minutes: 3, links: [link('k8s/c', '请先看')] }))), ['k8s/c']],
    ['a title (every page)', () => keys(courseWith((s) => (s.c.data = { title: 'C 新' }))), Object.keys(before)],
    ['a new link (every page: the link graph is in the navigation and maps)', () => keys(courseWith((s) => (s.b.noteData = { minutes: 5, links: [link('go/a', '参见')] }))), Object.keys(before)],
    ['the settings (every page)', () => keys(courseWith(), digest, { title: '另一个' }), Object.keys(before)],
  ])('%s', (_, after, pages) => {
    expect(changed(after()).sort()).toEqual([...pages].sort());
  });

  test("a note in a preview file changes that file's key", () => {
    expect(changed(keys(courseWith(), (id) => (id === 'k8s/c' ? 'c2' : digest(id))))).toEqual(['k8s/c', 'k8s/print/', 'previews/0.json']);
  });
});
