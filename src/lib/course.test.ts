import { describe, expect, test } from 'vitest';
import { buildCourse, locateModule, neighboursOf, noteById, type NoteFrontmatter, type NoteSource } from './course.ts';
import { fileToId } from './paths.ts';

const note = (file: string, data: NoteFrontmatter = {}, extra: Partial<NoteSource> = {}): NoteSource => ({
  id: fileToId(file),
  file,
  data,
  headings: [],
  noteData: {},
  ...extra,
});

const options = {
  site: { base: '/repo/', tracks: [{ id: 'go', title: 'Go' }, { id: 'k8s', title: 'Kubernetes' }] },
  untitledGroups: { looseNotes: '未归类笔记', otherModules: '其他模块' },
};

describe('buildCourse', () => {
  const course = buildCourse(
    [
      note('README.md', { title: '首页' }),
      note('module10/index.md', { track: 'k8s', title: '调度' }),
      note('module10/02-b.md'),
      note('module10/01-a.md'),
      note('module2/index.md', { track: 'go', summary: 'Go 的基础' }),
      note('module2/M02_note.md', { title: 'Go 笔记' }),
      note('module2/draft.md', { draft: true }),
      note('module1/index.md', { track: 'k8s' }),
      note('module1/x.md'),
      note('03-misc/y.md'),
      note('loose.md'),
    ],
    options,
  );

  test('tracks in configured order, modules naturally ordered inside them', () => {
    expect(course.tracks.map((track) => [track.title, track.modules.map((module) => module.id)])).toEqual([
      ['Go', ['module2']],
      ['Kubernetes', ['module1', 'module10']],
      ['其他模块', ['misc', '']],
    ]);
  });

  test('notes follow number prefixes; the learning path crosses modules', () => {
    expect(course.notes.map((n) => n.id)).toEqual(['module2/m02_note', 'module1/x', 'module10/a', 'module10/b', 'misc/y', 'loose']);
    expect(neighboursOf(course, 'module1/x').previous?.id).toBe('module2/m02_note');
    expect(neighboursOf(course, 'module1/x').next?.id).toBe('module10/a');
    expect(neighboursOf(course, 'loose').next).toBeUndefined();
    expect(noteById(course, 'module10/b')?.id).toBe('module10/b');
    expect(noteById(course, 'module10')).toBeUndefined();
  });

  test('module titles, summaries and URLs come from index.md or the folder', () => {
    const { module, track } = locateModule(course, 'module10');
    expect(module?.title).toBe('调度');
    expect(module?.url).toBe('/repo/module10/');
    expect(track?.id).toBe('k8s');
    expect(locateModule(course, 'module2').module?.summary).toBe('Go 的基础');
    expect(locateModule(course, 'misc').module?.title).toBe('misc');
    expect(locateModule(course, '').module?.title).toBe('未归类笔记');
    expect(locateModule(course, '').module?.url).toBeUndefined();
  });

  test('drafts are left out unless asked for; the home intro is not a note', () => {
    expect(course.notes.some((n) => n.id === 'module2/draft')).toBe(false);
    expect(course.homeId).toBe('index');
    const withDrafts = buildCourse([note('m/index.md'), note('m/draft.md', { draft: true })], { ...options, includeDrafts: true });
    expect(withDrafts.notes.map((n) => n.id)).toEqual(['m/draft']);
  });

  test('note titles fall back to the lead H1, then the file name', () => {
    const built = buildCourse([note('m/a.md', {}, { noteData: { leadHeading: 'Raft 共识' } }), note('m/02-b_c.md')], options);
    expect(built.notes.map((n) => n.title)).toEqual(['b c', 'Raft 共识']);
  });

  test('git dates win over frontmatter dates', () => {
    const git = new Date('2026-01-02');
    const built = buildCourse([note('m/a.md', { updated: new Date('2020-01-01') }, { lastModified: git }), note('m/b.md', { updated: new Date('2020-01-01') })], options);
    expect(built.notes.map((n) => n.updated?.getFullYear())).toEqual([2026, 2020]);
  });

  test('without configured tracks there is one untitled group', () => {
    const built = buildCourse([note('a/x.md'), note('b/y.md')], { ...options, site: { base: '/', tracks: [] } });
    expect(built.tracks).toHaveLength(1);
    expect(built.tracks[0]?.title).toBeUndefined();
  });
});

describe('buildCourse errors name the file', () => {
  test('an unknown track', () => {
    expect(() => buildCourse([note('05-etcd/index.md', { track: 'etc' })], options)).toThrow(
      /content\/05-etcd\/index\.md: track "etc" is not one of the tracks .*"go", "k8s"/,
    );
  });

  test('a top-level note where a module page would be', () => {
    expect(() => buildCourse([note('etcd/raft.md'), note('etcd.md')], options)).toThrow(/content\/etcd\.md would be published at \/repo\/etcd\//);
  });
});

// issue 12, case 6: a module's sub-folders are nested groups, to any depth.
describe('nested folders', () => {
  const built = buildCourse(
    [
      note('k8s/01-intro.md'),
      note('k8s/02-网络/01-cni.md'),
      note('k8s/02-网络/README.md', { title: '容器网络' }),
      note('k8s/02-网络/calico/概述.md'),
      note('k8s/01-存储/概述.md'),
      note('k8s/01-存储/csi.md'),
    ],
    options,
  );
  const module = built.modules[0]!;

  test('groups follow the folders, sub-folders first like an editor\'s file tree, with their titles', () => {
    const shape = (group: typeof module.tree): unknown => ({ title: group.title, notes: group.notes.map((n) => n.file.split('/').at(-1)), groups: group.groups.map(shape) });
    expect(shape(module.tree)).toEqual({
      title: 'k8s',
      notes: ['01-intro.md'],
      groups: [
        { title: '存储', notes: ['概述.md', 'csi.md'], groups: [] },
        { title: '容器网络', notes: ['README.md', '01-cni.md'], groups: [{ title: 'calico', notes: ['概述.md'], groups: [] }] },
      ],
    });
    expect(module.notes.map((n) => n.file)).toEqual(['k8s/01-存储/概述.md', 'k8s/01-存储/csi.md', 'k8s/02-网络/calico/概述.md', 'k8s/02-网络/README.md', 'k8s/02-网络/01-cni.md', 'k8s/01-intro.md']);
  });

  test('two notes with one title in different sub-folders are told apart by their groups', () => {
    const overviews = module.notes.filter((n) => n.title === '概述');
    expect(overviews.map((n) => n.groups.map((group) => group.title))).toEqual([['存储'], ['容器网络', 'calico']]);
    expect(new Set(module.tree.groups.map((group) => group.anchor)).size).toBe(2);
  });
});

test('module ids come from note ids, so folders that kept their prefix are two modules (case 1)', () => {
  const built = buildCourse(
    [
      { ...note('03-gitops/a.md'), id: '03-gitops/a' },
      { ...note('05-gitops/a.md'), id: '05-gitops/a' },
      { ...note('05-gitops/index.md'), id: '05-gitops' },
      { ...note('go/README.md'), id: 'go/readme' },
    ],
    options,
  );
  expect(built.modules.map((module) => [module.id, module.indexId, module.notes.map((n) => n.id)])).toEqual([
    ['03-gitops', undefined, ['03-gitops/a']],
    ['05-gitops', '05-gitops', ['05-gitops/a']],
    ['go', undefined, ['go/readme']],
  ]);
});
