// Every string the interface shows, in one dictionary. Chinese is the default; English mirrors
// every key (the type below makes a missing translation a compile error).

const zhCN = {
  skipToContent: '跳到正文',
  home: '首页',
  menu: '目录',
  closeMenu: '关闭目录',
  navigation: '课程导航',
  breadcrumbs: '当前位置',
  onThisPage: '本页内容',
  backToTop: '回到顶部',
  previous: '上一篇',
  next: '下一篇',
  pagination: '上一篇与下一篇',
  readingTime: (minutes: number) => `阅读约 ${minutes} 分钟`,
  updated: '更新于',
  notes: (count: number) => `${count} 篇笔记`,
  modules: (count: number) => `${count} 个模块`,
  noteUnit: (_count: number) => '篇笔记',
  moduleUnit: (_count: number) => '个模块',
  trackUnit: (_count: number) => '条学习线',
  startReading: '从第一篇开始',
  moduleNotes: '本模块笔记',
  overview: '概览',
  otherModules: '其他模块',
  looseNotes: '未归类笔记',
  noNotesYet: '这个模块还没有笔记。',
  statusTodo: '待完成',
  statusDraft: '草稿',
  statusDone: '已完成',
  tags: '标签',
  themeLabel: '配色',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  headingLink: (heading: string) => `“${heading}”一节的链接`,
  footnotes: '脚注',
  footnoteBack: (reference: number) => `返回引用处 ${reference}`,
  notFoundTitle: '页面不存在',
  notFoundBody: '这个地址没有对应的笔记，可能已经改名或移动。',
  notFoundHome: '返回首页',
  editPage: '在 GitHub 上编辑此页',
  footerBuiltWith: '用 Astro 构建',
};

type Dictionary = typeof zhCN;

const en: Dictionary = {
  skipToContent: 'Skip to content',
  home: 'Home',
  menu: 'Contents',
  closeMenu: 'Close contents',
  navigation: 'Course navigation',
  breadcrumbs: 'Breadcrumbs',
  onThisPage: 'On this page',
  backToTop: 'Back to top',
  previous: 'Previous',
  next: 'Next',
  pagination: 'Previous and next notes',
  readingTime: (minutes: number) => `${minutes} min read`,
  updated: 'Updated',
  notes: (count: number) => `${count} ${count === 1 ? 'note' : 'notes'}`,
  modules: (count: number) => `${count} ${count === 1 ? 'module' : 'modules'}`,
  noteUnit: (count: number) => (count === 1 ? 'note' : 'notes'),
  moduleUnit: (count: number) => (count === 1 ? 'module' : 'modules'),
  trackUnit: (count: number) => (count === 1 ? 'track' : 'tracks'),
  startReading: 'Start with the first note',
  moduleNotes: 'Notes in this module',
  overview: 'Overview',
  otherModules: 'Other modules',
  looseNotes: 'Other notes',
  noNotesYet: 'This module has no notes yet.',
  statusTodo: 'To do',
  statusDraft: 'Draft',
  statusDone: 'Done',
  tags: 'Tags',
  themeLabel: 'Colour scheme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  headingLink: (heading: string) => `Link to the section “${heading}”`,
  footnotes: 'Footnotes',
  footnoteBack: (reference: number) => `Back to reference ${reference}`,
  notFoundTitle: 'Page not found',
  notFoundBody: 'No note lives at this address; it may have been renamed or moved.',
  notFoundHome: 'Back to the home page',
  editPage: 'Edit this page on GitHub',
  footerBuiltWith: 'Built with Astro',
};

export const dictionaries = { 'zh-CN': zhCN, en } satisfies Record<string, Dictionary>;

export type Locale = keyof typeof dictionaries;
export type { Dictionary };

/** The interface strings for a locale. */
export function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale];
}
