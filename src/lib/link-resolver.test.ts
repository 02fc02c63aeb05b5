import { describe, expect, test } from 'vitest';
import { resolveMarkdownLink, resolveWikiLink, type Resolution } from './link-resolver.ts';
import { buildVault } from './vault.ts';

const vault = buildVault([
  { path: 'go/01-调度器 GMP.md', content: '# 调度器 GMP\n\n## GMP 模型（Goroutine）\n\n## 自测\n\n### 自测\n\n<a id="custom-anchor"></a>\n' },
  { path: 'go/M05_note .md', content: '正文' },
  { path: 'go/C# 笔记.md', content: '## 小节\n\n## 另一节' },
  { path: 'go/a&b.md', content: '' },
  { path: 'go/index.md', content: '---\ntrack: go\n---\n' },
  { path: 'go/draft.md', content: '---\ndraft: true\n---\n' },
  { path: 'etcd/Raft.md', content: '## 选举\n\n## 与 [[links|链接]] 的关系\n' },
  { path: 'etcd/README.md', content: '' },
  { path: 'k8s/概述.md', content: '' },
  { path: 'go/sub/概述.md', content: '' },
  { path: 'assets/截屏 2023-09-17 11.27.34.png' },
  { path: 'go/images/a.png' },
]);
const from = 'go/links.md';
vault.notes.set(from, { path: from, id: 'go/links', draft: false, anchors: new Set(['本节']), headings: [{ text: '本节', slug: '本节' }] });

/** A short, comparable form of a resolution. */
function summary(resolution: Resolution): string {
  switch (resolution.kind) {
    case 'note':
      return `note ${resolution.note.path}${resolution.fragment ? `#${resolution.fragment}` : ''}`;
    case 'asset':
      return `asset ${resolution.path}`;
    case 'external':
      return 'external';
    case 'folder':
      return `folder ${resolution.moduleId}${resolution.fragment ? `#${resolution.fragment}` : ''}`;
    case 'broken':
      return `broken: ${resolution.problem}${resolution.suggestion ? ` -> ${resolution.suggestion}` : ''}`;
  }
}

describe('Markdown links', () => {
  test.each([
    ['01-调度器%20GMP.md', 'note go/01-调度器 GMP.md'],
    ['01-调度器 GMP.md#gmp-模型goroutine', 'note go/01-调度器 GMP.md#gmp-模型goroutine'],
    ['01-调度器 GMP.md#GMP 模型（Goroutine）', 'note go/01-调度器 GMP.md#gmp-模型goroutine'],
    ['01-调度器%20GMP.md#%E8%87%AA%E6%B5%8B-1', 'note go/01-调度器 GMP.md#自测-1'],
    ['01-调度器 GMP.md#custom-anchor', 'note go/01-调度器 GMP.md#custom-anchor'],
    ['01-调度器 GMP.md#调度器-gmp', 'note go/01-调度器 GMP.md'],
    ['01-调度器 GMP.MD', 'note go/01-调度器 GMP.md'],
    ['01-调度器 gmp.md', 'note go/01-调度器 GMP.md'],
    ['01-调度器 GMP', 'note go/01-调度器 GMP.md'],
    ['/go/01-调度器%20GMP.md', 'note go/01-调度器 GMP.md'],
    ['../go/01-调度器 GMP.md', 'note go/01-调度器 GMP.md'],
    ['./M05_note .md', 'note go/M05_note .md'],
    ['C%23%20笔记.md', 'note go/C# 笔记.md'],
    ['C# 笔记.md', 'note go/C# 笔记.md'],
    ['C# 笔记.md#小节', 'note go/C# 笔记.md#小节'],
    ['a&b.md', 'note go/a&b.md'],
    ['../etcd/', 'note etcd/README.md'],
    ['../etcd', 'note etcd/README.md'],
    ['#本节', 'note go/links.md#本节'],
    ['../assets/截屏%202023-09-17%2011.27.34.png', 'asset assets/截屏 2023-09-17 11.27.34.png'],
    ['.\\images\\a.png', 'asset go/images/a.png'],
    ['https://etcd.io/docs/', 'external'],
    ['mailto:a@b.c', 'external'],
    ['//cdn.example.com/x.js', 'external'],
  ])('%s -> %s', (written, expected) => {
    expect(summary(resolveMarkdownLink({ vault, from }, written))).toBe(expected);
  });

  test.each([
    ['01-调度期.md', 'broken: no such file in the notes folder -> ./01-调度器 GMP.md'],
    ['01-调度器 GMP.md#自侧', 'broken: go/01-调度器 GMP.md has no heading with this anchor -> #自测'],
    ['#不存在', 'broken: go/links.md has no heading with this anchor'],
    ['draft.md', 'broken: it links to a draft note (go/draft.md has draft: true), which is not published'],
    ['../../outside.md', 'broken: it points outside the notes folder'],
    ['../assets/截图.png', 'broken: no such file in the notes folder'],
    ['', 'broken: the link is empty'],
  ])('%j is broken: %s', (written, expected) => {
    expect(summary(resolveMarkdownLink({ vault, from }, written))).toBe(expected);
  });

  test('drafts resolve when they are published (astro dev)', () => {
    expect(summary(resolveMarkdownLink({ vault, from, includeDrafts: true }, 'draft.md'))).toBe('note go/draft.md');
  });
});

describe('wikilinks', () => {
  test.each([
    ['01-调度器 GMP', 'note go/01-调度器 GMP.md'],
    ['01-调度器 gmp', 'note go/01-调度器 GMP.md'],
    ['01-调度器 GMP#自测', 'note go/01-调度器 GMP.md#自测'],
    ['01-调度器 GMP#GMP 模型（Goroutine）', 'note go/01-调度器 GMP.md#gmp-模型goroutine'],
    ['Raft ', 'note etcd/Raft.md'],
    ['Raft.md', 'note etcd/Raft.md'],
    ['etcd/Raft', 'note etcd/Raft.md'],
    ['Raft#与 链接 的关系', 'note etcd/Raft.md#与-链接-的关系'],
    ['C# 笔记', 'note go/C# 笔记.md'],
    ['#本节', 'note go/links.md#本节'],
    ['截屏 2023-09-17 11.27.34.png', 'asset assets/截屏 2023-09-17 11.27.34.png'],
    ['sub/概述', 'note go/sub/概述.md'],
  ])('[[%s]] -> %s', (written, expected) => {
    expect(summary(resolveWikiLink({ vault, from }, written))).toBe(expected);
  });

  test('a unique name resolves anywhere; a shared one is ambiguous, unless one sits next to the link', () => {
    expect(summary(resolveWikiLink({ vault, from }, '概述'))).toBe(
      'broken: 2 files have this name (k8s/概述.md, go/sub/概述.md); write the path instead, e.g. [[k8s/概述]]',
    );
    expect(summary(resolveWikiLink({ vault, from: 'k8s/other.md' }, '概述'))).toBe('note k8s/概述.md');
  });

  test('a near miss suggests the name', () => {
    expect(summary(resolveWikiLink({ vault, from }, '01-调渡器 GMP'))).toBe('broken: no note or file has this name -> [[01-调度器 GMP]]');
    expect(summary(resolveWikiLink({ vault, from }, '完全无关的名字'))).toBe('broken: no note or file has this name');
  });
});

// issue 12: links and images as the editors resolve them.
describe('learner folders', () => {
  const files = [
    { path: 'k8s/01-网络/calico.md', content: '' },
    { path: 'k8s/intro.md', content: '' },
    { path: 'module6/a.md', content: '' },
    { path: 'templates/README.md', content: '' },
    { path: 'k8s/images/a.png' },
    { path: 'go/images/a.png' },
    { path: 'go/图片/图.png' },
    { path: 'go/config.yaml' },
    { path: 'go/arch.png' },
    { path: 'go/note.md', content: '' },
  ];
  const plain = buildVault(files);
  const obsidian = buildVault(files, { obsidian: true });
  const resolve = (written: string, vaultUsed = plain, at = 'go/note.md') => summary(resolveMarkdownLink({ vault: vaultUsed, from: at }, written));

  test.each([
    // case 7: a folder goes to its index, else its module page (at its section when nested)
    ['../module6', 'folder module6'],
    ['../module6/', 'folder module6'],
    ['../templates/', 'note templates/README.md'],
    ['../k8s/01-网络', 'folder k8s#group-网络'],
    ['/k8s/01-网络/', 'folder k8s#group-网络'],
    ['..', 'folder '],
    // case 8: a path on the author's disk finds the file with the longest common tail
    ['E:\\notes\\k8s\\images\\a.png', 'asset k8s/images/a.png'],
    ['C:/Users/me/Documents/go/images/a.png', 'asset go/images/a.png'],
    ['/Users/me/notes/k8s/images/a.png', 'asset k8s/images/a.png'],
    ['file:///C:/notes/go/arch.png', 'asset go/arch.png'],
    ['E:\\notes\\images\\a.png', "broken: a path on the author's computer; 2 files in the notes folder match it (k8s/images/a.png, go/images/a.png) -> ../k8s/images/a.png"],
    ['E:\\notes\\lost.png', "broken: a path on the author's computer (E:\\notes\\lost.png), and no file of that name is in the notes folder: copy the file into the notes folder and link it relatively"],
    // case 9: by file name only in an Obsidian vault; elsewhere reported with the suggestion
    ['图.png', 'broken: no such file in the notes folder -> ./图片/图.png'],
    // case 10: "did you mean" offers a file of the same kind
    ['arch.jpg', 'broken: no such file in the notes folder -> ./arch.png'],
    ['config.yml', 'broken: no such file in the notes folder -> ./config.yaml'],
    ['notes.md', 'broken: no such file in the notes folder -> ./note.md'],
  ])('%s -> %s', (written, expected) => {
    expect(resolve(written)).toBe(expected);
  });

  test('in an Obsidian vault a link by unique file name resolves, as Obsidian does (case 9)', () => {
    expect(resolve('图.png', obsidian)).toBe('asset go/图片/图.png');
    expect(resolve('calico.md', obsidian)).toBe('note k8s/01-网络/calico.md');
    expect(resolve('a.png', obsidian)).toMatch(/^broken: 2 files have this name/);
  });

  test('a missing image is never offered a file of another kind (case 10)', () => {
    expect(resolve('config.png')).toBe('broken: no such file in the notes folder');
    expect(summary(resolveWikiLink({ vault: plain, from: 'go/note.md' }, 'config.png'))).toBe('broken: no note or file has this name');
  });
});
