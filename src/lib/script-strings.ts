// The words the page's scripts show, in both languages: the reader's progress, the zoom viewer,
// the search dialog and link previews. A script picks them by the page's lang (scriptLocale)
// instead of every page carrying them in data attributes; the search page takes its words from
// here too (i18n.ts). One table per script, so that each bundles only its own words.

/** The locale of a page, from its <html lang>: the locales of i18n.ts. */
export type ScriptLocale = 'zh-CN' | 'en';

export function scriptLocale(lang: string): ScriptLocale {
  return /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}

/** Words of one script, for each locale, the same keys in each. */
type Table<Keys extends string> = Record<ScriptLocale, Record<Keys, string>>;

/** The reader's progress (src/scripts/progress/ui.ts). moduleProgressText fills {read} and {total}. */
export const PROGRESS_STRINGS = {
  'zh-CN': {
    read: '已学',
    readSuffix: '（已学）',
    markedRead: '已标记为已学',
    markedUnread: '已取消“已学”标记',
    reachedEnd: '已读到结尾，标记为已学',
    moduleProgressText: '已学 {read} 篇，共 {total} 篇',
    continueReading: '继续学习：',
  },
  en: {
    read: 'learned',
    readSuffix: ' (learned)',
    markedRead: 'Marked as learned',
    markedUnread: 'No longer marked as learned',
    reachedEnd: 'You reached the end: marked as learned',
    moduleProgressText: '{read} of {total} notes learned',
    continueReading: 'Continue: ',
  },
} satisfies Table<'read' | 'readSuffix' | 'markedRead' | 'markedUnread' | 'reachedEnd' | 'moduleProgressText' | 'continueReading'>;

/** The zoom viewer (src/scripts/zoom.ts). */
export const ZOOM_STRINGS = {
  'zh-CN': {
    zoomClose: '关闭',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomFit: '适应屏幕',
    zoomHelp: '滚轮或双指缩放，拖动平移；键盘：+ − 缩放，方向键平移，0 适应屏幕，Esc 关闭',
  },
  en: {
    zoomClose: 'Close',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomFit: 'Fit to screen',
    zoomHelp: 'Wheel or pinch to zoom, drag to pan; keys: + − zoom, arrows pan, 0 fits, Esc closes',
  },
} satisfies Table<'zoomClose' | 'zoomIn' | 'zoomOut' | 'zoomFit' | 'zoomHelp'>;

/** The search dialog (src/scripts/search-loader.ts) and the search page. */
export const SEARCH_STRINGS = {
  'zh-CN': {
    searchPlaceholder: '搜索笔记，如：调度器、etcd 备份',
    filterTrack: '学习线',
    filterModule: '模块',
    searchPartial: '没有笔记包含全部搜索词，以下是部分匹配的笔记',
  },
  en: {
    searchPlaceholder: 'Search the notes, e.g. scheduler, etcd backup',
    filterTrack: 'Track',
    filterModule: 'Module',
    searchPartial: 'No note contains every word you searched for; these contain some of them',
  },
} satisfies Table<'searchPlaceholder' | 'filterTrack' | 'filterModule' | 'searchPartial'>;

/** Link previews (src/scripts/link-preview.ts). previewLabel names the popover, %s standing for the note's title. */
export const PREVIEW_STRINGS = {
  'zh-CN': {
    previewOpen: '打开笔记',
    previewLabel: '“%s”预览',
  },
  en: {
    previewOpen: 'Open the note',
    previewLabel: 'Preview of “%s”',
  },
} satisfies Table<'previewOpen' | 'previewLabel'>;
