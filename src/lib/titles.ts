import { baseNameOf, stripOrderPrefix } from './paths.ts';

/**
 * A readable title from a file or folder name: "01-gmp_调度.md" -> "gmp 调度",
 * "1.1.kubeadm-setup.md" -> "kubeadm setup"; a dash with spaces around it is the author's and
 * stays ("ES详解 - 字段类型"); a date stays whole ("2024-02-26").
 */
export function titleFromName(name: string): string {
  const base = baseNameOf(name);
  const title = stripOrderPrefix(base)
    .replace(/(?<=\S)[-_]+(?=\S)/g, (dash: string, offset: number, text: string) => (isDatePart(text, offset, dash.length) ? dash : ' '))
    .replace(/^[-_\s]+|[-_\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return title || base || name;
}

/** A dash between digits ("2024-02-26", "v1-2") is part of a date or number, not a space. */
function isDatePart(text: string, offset: number, length: number): boolean {
  return /\d/.test(text[offset - 1] ?? '') && /\d/.test(text[offset + length] ?? '');
}

/**
 * A heading that numbers a section rather than naming the note: "1. 概述", "2 架构", "1.2 安装",
 * "一、简介", "第三章 调度". Notes that use H1 for sections start with one of these.
 */
export function isNumberedSection(text: string): boolean {
  return /^\s*(?:\d+(?:\.\d+)*(?:[.、)）:：]|\s)|[一二三四五六七八九十百]+[、.．]|第[\d一二三四五六七八九十百]+[章节篇部讲课])/.test(text);
}

export interface TitleSources {
  /** `title` from frontmatter. */
  frontmatter?: string | undefined;
  /** The heading that names the note, found by remark-lead-heading (see findLeadHeading). */
  leadHeading?: string | undefined;
  /** The note's file (or, for a module, folder) name. */
  fileName: string;
}

/**
 * Title fallback: frontmatter, then the heading that names the note (its only H1, or the
 * heading it opens with when it has no H1), then the file name.
 */
export function resolveTitle({ frontmatter, leadHeading, fileName }: TitleSources): string {
  const fromFrontmatter = frontmatter?.trim();
  if (fromFrontmatter) return fromFrontmatter;
  const fromHeading = leadHeading?.trim();
  if (fromHeading) return fromHeading;
  return titleFromName(fileName);
}

/** Section names that say nothing about the note ("## 概述" opens many notes): the file name is the better title. */
// Self-test headings too: such a section holds the note's cards and must stay in the body.
const GENERIC_SECTIONS = new Set(['概述', '简介', '介绍', '前言', '引言', '背景', '总结', '小结', '目录', '导读', '正文', '自测', '复习题', '思考题', '练习', '习题', 'overview', 'introduction', 'intro', 'summary', 'background', 'contents', 'toc', 'self-test', 'review', 'exercises', 'quiz']);

/** Whether a heading can name the note: not a numbered section, not a generic one like "概述". */
export function canNameNote(text: string): boolean {
  return !isNumberedSection(text) && !GENERIC_SECTIONS.has(text.trim().toLowerCase());
}
