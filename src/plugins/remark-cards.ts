import type { Html, List, ListItem, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';
import type { CardKind, CardProblem } from '../lib/cards/types.ts';
import { walk } from '../lib/walk.ts';
import { fileLocation } from './file-position.ts';
import { noteDataOf } from './note-data.ts';

export interface Options {
  /**
   * Headings of self-test sections: in them, a question followed by a `<details>` answer is a card.
   * Compared without numbering, a trailing colon or case.
   * @default ['自测', '复习题', '思考题', 'Self-test', 'Review']
   */
  sections?: readonly string[];
  /**
   * The Obsidian Spaced Repetition tag: `Q::A`, `Q:::A`, `?` cards and ==cloze== deletions count only
   * in notes tagged with it (in frontmatter `tags` or as `#flashcards` in the text), as in the plugin.
   * `false` reads that syntax in every note.
   * @default 'flashcards'
   */
  deckTag?: string | false;
}

/** One card this plugin found; rehype-cards renders it from the parts marked with its wrapper number. */
export interface CardPlan {
  kind: CardKind;
  /** The wrapper (data-card-w) holding its question and answer parts. */
  wrapper: number;
  /** Question from the answer parts: the back side of a `:::` or `??` card. */
  swap?: boolean;
  /** A cloze card: which ==mark== of the wrapped paragraph is deleted, and its text. */
  mark?: number;
  cloze?: string;
  /** Plain text the id is made from. */
  idText: string;
  line: number;
}

declare module 'mdast' {
  interface RootContentMap {
    cardPart: CardPart;
  }
  interface PhrasingContentMap {
    cardPart: CardPart;
  }
}

declare module 'vfile' {
  interface DataMap {
    cardPlans: CardPlan[];
    cardProblems: CardProblem[];
  }
}

const DEFAULT_SECTIONS = ['自测', '复习题', '思考题', 'Self-test', 'Review'];
const DETAILS_OPEN = /^\s*<details\b[^>]*>/i;
const DETAILS_CLOSE = /<\/details>\s*$/i;
const SUMMARY = /^\s*<details\b[^>]*>\s*(?:<summary\b[^>]*>[\s\S]*?<\/summary>)?/i;

/** A node that remark-rehype turns into <span>/<div data-card-w data-card-part>; rehype-cards unwraps it again. */
export interface CardPart {
  type: 'cardPart';
  children: RootContent[];
  data: { hName: 'span' | 'div'; hProperties: { dataCardW: number; dataCardPart: 'q' | 'a' | 'cloze' } };
  position?: Node['position'];
}

/**
 * Finds flashcards in a note (the conventions are in the README, "Cards from your notes"):
 * a question followed by a `<details>` answer in a self-test section, and the Obsidian Spaced
 * Repetition plugin's `::`, `:::`, `?`, `??` and ==cloze== cards. It marks each card's question
 * and answer in the tree, so they go through the rest of the pipeline (code highlighting,
 * diagrams, links) like the note; rehype-cards then takes the rendered parts out.
 */
export default function remarkCards(options: Options = {}) {
  const sections = new Set((options.sections ?? DEFAULT_SECTIONS).map(normaliseHeading));
  const deckTag = options.deckTag ?? 'flashcards';
  return (tree: Root, file: VFile) => {
    const found = new Finder(file);
    tree.children = selfTestSections(tree.children, sections, found);
    if (deckTag === false || taggedWith(tree, file, deckTag)) spacedRepetitionCards(tree, found);
    file.data.cardPlans = found.plans;
    file.data.cardProblems = found.problems;
  };
}

class Finder {
  plans: CardPlan[] = [];
  problems: CardProblem[] = [];
  private wrappers = 0;
  private file: VFile;
  constructor(file: VFile) {
    this.file = file;
  }

  wrapper(): number {
    return this.wrappers++;
  }

  problem(point: Point | undefined, problem: string): void {
    this.problems.push({ location: fileLocation(this.file, point), problem });
  }

  /** A line of the note's body as a line of the file on disk (the body starts after the frontmatter). */
  fileLine(line: number | undefined): number {
    const match = /:(\d+):\d+$/.exec(fileLocation(this.file, { line: line ?? 1, column: 1 }));
    return match ? Number(match[1]) : (line ?? 0);
  }
}

function part(wrapper: number, role: 'q' | 'a' | 'cloze', children: RootContent[], inline: boolean): CardPart {
  const first = children[0]?.position;
  const last = children.at(-1)?.position;
  return {
    type: 'cardPart',
    children,
    data: { hName: inline ? 'span' : 'div', hProperties: { dataCardW: wrapper, dataCardPart: role } },
    ...(first && last ? { position: { start: first.start, end: last.end } } : {}),
  };
}

/** "5. 自测：" -> "自测"; "Self-Test" -> "self-test". */
function normaliseHeading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^\s*(?:\d+|[一二三四五六七八九十]+)[.、)]\s*/, '')
    .replace(/[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}

function isBlank(node: RootContent): boolean {
  return node.type === 'html' ? node.value.trim() === '' : node.type === 'text' && node.value.trim() === '';
}

// ---- Self-test sections: a question, then <details> with the answer -------------------------

/** Walks the top level; inside a self-test section (to the next heading of its level or above) finds cards. */
function selfTestSections(children: RootContent[], names: ReadonlySet<string>, found: Finder): RootContent[] {
  const result: RootContent[] = [];
  let depth: number | undefined;
  let section: RootContent[] = [];
  const flush = () => {
    result.push(...(depth === undefined ? section : detailsCards(section, found, true)));
    section = [];
  };
  for (const node of children) {
    if (node.type === 'heading' && (depth === undefined || node.depth <= depth)) {
      flush();
      result.push(node);
      depth = names.has(normaliseHeading(toString(node))) ? node.depth : undefined;
      continue;
    }
    section.push(node);
  }
  flush();
  return result;
}

/**
 * Cards in a list of sibling nodes: each `<details>` answers the nodes before it (back to the
 * previous answer). In a section's top level, lists are entered item by item and a list item
 * without an answer is reported.
 */
function detailsCards(nodes: RootContent[], found: Finder, topLevel: boolean): RootContent[] {
  const result: RootContent[] = [];
  let question: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (topLevel && node.type === 'list') {
      result.push(...question, listCards(node, found));
      question = [];
      continue;
    }
    if (node.type === 'heading' || node.type === 'thematicBreak') {
      // A sub-heading or a rule starts a new question; it is never part of one.
      result.push(...question, node);
      question = [];
      continue;
    }
    if (node.type !== 'html' || !DETAILS_OPEN.test(node.value)) {
      question.push(node);
      continue;
    }
    const close = DETAILS_CLOSE.test(node.value) ? index : nodes.findIndex((other, at) => at > index && other.type === 'html' && DETAILS_CLOSE.test(other.value));
    if (close < 0) {
      found.problem(node.position?.start, '<details> without a closing </details> in the same block; close it (with a blank line before </details>) so the answer ends there');
      result.push(...question, ...nodes.slice(index));
      return result;
    }
    const asked = question.filter((other) => !isBlank(other));
    let answer: RootContent[];
    let opening: RootContent[] = [node];
    let closing: RootContent[] = close === index ? [] : [nodes[close]!];
    if (close === index) {
      // <details><summary>…</summary>answer</details> in one HTML block: the answer is raw HTML.
      const open = SUMMARY.exec(node.value)?.[0] ?? '';
      const inner = node.value.slice(open.length).replace(DETAILS_CLOSE, '');
      opening = [{ type: 'html', value: open } satisfies Html];
      closing = [{ type: 'html', value: '</details>' } satisfies Html];
      answer = inner.trim() ? [{ type: 'html', value: inner, ...(node.position ? { position: node.position } : {}) } satisfies Html] : [];
    } else {
      answer = nodes.slice(index + 1, close);
    }
    if (asked.length === 0) {
      found.problem(node.position?.start, 'an answer (<details>) with no question before it; write the question just above the <details>');
      result.push(...question, ...opening, ...answer, ...closing);
    } else if (!answer.some((other) => !isBlank(other))) {
      found.problem(node.position?.start, 'an empty answer (<details> with nothing but its summary); write the answer inside it, after a blank line');
      result.push(...question, ...opening, ...answer, ...closing);
    } else {
      const wrapper = found.wrapper();
      const leading = question.slice(0, question.indexOf(asked[0]!));
      found.plans.push({ kind: 'basic', wrapper, idText: asked.map((other) => toString(other)).join('\n'), line: found.fileLine(asked[0]!.position?.start.line) });
      result.push(...leading, part(wrapper, 'q', asked, false), ...opening, part(wrapper, 'a', answer, false), ...closing);
    }
    question = [];
    index = close;
  }
  result.push(...question);
  return result;
}

function listCards(list: List, found: Finder): List {
  for (const item of list.children) {
    const hasAnswer = item.children.some((node) => node.type === 'html' && DETAILS_OPEN.test(node.value));
    if (!hasAnswer) {
      found.problem(item.position?.start, 'a question in a self-test section without a <details> answer; add one, or move the question out of the section');
      continue;
    }
    item.children = detailsCards(item.children as RootContent[], found, false) as ListItem['children'];
  }
  return list;
}

// ---- Obsidian Spaced Repetition syntax -----------------------------------------------------

function taggedWith(tree: Root, file: VFile, tag: string): boolean {
  const frontmatter = file.data.astro?.frontmatter as Record<string, unknown> | undefined;
  const raw = frontmatter?.['tags'];
  const tags = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[,\s]+/) : [];
  const matches = (value: string) => {
    const name = value.replace(/^#/, '').toLowerCase();
    return name === tag.toLowerCase() || name.startsWith(`${tag.toLowerCase()}/`);
  };
  if (tags.some(matches)) return true;
  // Tags written in the text: remark-inline-tags (earlier in the pipeline) has taken them out of it.
  if ((noteDataOf(frontmatter).inlineTags ?? []).some(matches)) return true;
  const inline = new RegExp(`(^|\\s)#${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/\\S*)?(?=\\s|$)`, 'iu');
  let found = false;
  walk<Text>(tree, 'text', (node) => {
    if (inline.test(node.value)) found = true;
  });
  return found;
}

type Line = PhrasingContent[];

/** A paragraph's inline content split at its line breaks. */
function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines.at(-1)!.push(child);
      continue;
    }
    child.value.split('\n').forEach((value, offset) => {
      if (offset > 0) lines.push([]);
      const start = child.position ? { line: child.position.start.line + offset, column: offset === 0 ? child.position.start.column : 1 } : undefined;
      if (value) lines.at(-1)!.push({ type: 'text', value, ...(start ? { position: { start, end: start } } : {}) });
    });
  }
  return lines;
}

function joinLines(lines: Line[]): PhrasingContent[] {
  return lines.flatMap((line, index) => (index === 0 ? line : [{ type: 'text', value: '\n' } satisfies Text, ...line]));
}

function lineText(line: Line): string {
  return line.map((node) => toString(node)).join('');
}

function spacedRepetitionCards(tree: Root, found: Finder): void {
  walk<Nodes, Parents>(tree, null, (node, index, parent) => {
    if (node.type === 'cardPart' || node.type === 'code' || node.type === 'html') return 'skip';
    if (node.type !== 'paragraph' || !parent || index === undefined) return;
    const lines = linesOf(node);
    const separator = lines.findIndex((line) => /^\s*\?\??\s*$/.test(lineText(line)) && line.every((child) => child.type === 'text'));
    if (separator >= 0) return multiLineCard(node, lines, separator, parent.children as RootContent[], index, found);
    if (lines.some((line) => line.some((child) => child.type === 'text' && child.value.includes('::')))) return oneLineCards(node, lines, found);
    if (node.children.some((child) => (child as Node).type === 'mark')) return clozeCards(node, found);
    return undefined;
  });
}

/** Question lines, a line `?` (or `??`: both ways), answer lines and the blocks right below (no blank line between). */
function multiLineCard(paragraph: Paragraph, lines: Line[], separator: number, siblings: RootContent[], index: number, found: Finder): 'skip' | number {
  const both = lineText(lines[separator]!).trim() === '??';
  const question = joinLines(lines.slice(0, separator));
  const answerInline = joinLines(lines.slice(separator + 1));
  let end = index + 1;
  while (end < siblings.length && siblings[end]!.position && siblings[end - 1]!.position && siblings[end]!.position!.start.line === siblings[end - 1]!.position!.end.line + 1) end++;
  const below = siblings.slice(index + 1, end);
  if (question.length === 0 || (answerInline.length === 0 && below.length === 0)) {
    found.problem(paragraph.position?.start, `a card with an empty ${question.length === 0 ? 'question' : 'answer'} around its "?" line; write the question above the "?" and the answer below it, with no blank line in between`);
    return 'skip';
  }
  const wrapper = found.wrapper();
  const line = found.fileLine(paragraph.position?.start.line);
  found.plans.push({ kind: 'basic', wrapper, idText: question.map((node) => toString(node)).join(''), line });
  if (both) found.plans.push({ kind: 'reversed', wrapper, swap: true, idText: [...answerInline, ...below].map((node) => toString(node)).join(''), line });
  paragraph.children = [
    part(wrapper, 'q', question, true),
    { type: 'text', value: `\n${both ? '??' : '?'}\n` },
    ...(answerInline.length > 0 ? [part(wrapper, 'a', answerInline, true)] : []),
  ];
  if (below.length > 0) siblings.splice(index + 1, below.length, part(wrapper, 'a', below, false));
  // Go on after the answer blocks just wrapped.
  return index + (below.length > 0 ? 2 : 1);
}

/** `Question::Answer` and `Question:::Answer` (both ways), one card per line. */
function oneLineCards(paragraph: Paragraph, lines: Line[], found: Finder): 'skip' {
  const rebuilt: Line[] = lines.map((line) => {
    const at = line.findIndex((child) => child.type === 'text' && child.value.includes('::'));
    if (at < 0) return line;
    const text = line[at] as Text;
    const both = text.value.includes(':::');
    const mark = both ? ':::' : '::';
    const cut = text.value.indexOf(mark);
    const before = [...line.slice(0, at), ...(text.value.slice(0, cut) ? [{ ...text, value: text.value.slice(0, cut) }] : [])];
    const after = [...(text.value.slice(cut + mark.length) ? [{ ...text, value: text.value.slice(cut + mark.length) }] : []), ...line.slice(at + 1)];
    const start = (line[0]?.position ?? paragraph.position)?.start;
    if (!lineText(before).trim() || !lineText(after).trim()) {
      found.problem(start, `"${mark}" with nothing on its ${lineText(before).trim() ? 'right (the answer)' : 'left (the question)'}; write "question${mark}answer" on one line`);
      return line;
    }
    const wrapper = found.wrapper();
    found.plans.push({ kind: 'basic', wrapper, idText: lineText(before), line: found.fileLine(start?.line) });
    if (both) found.plans.push({ kind: 'reversed', wrapper, swap: true, idText: lineText(after), line: found.fileLine(start?.line) });
    return [part(wrapper, 'q', before, true), { type: 'text', value: mark }, part(wrapper, 'a', after, true)];
  });
  paragraph.children = joinLines(rebuilt);
  return 'skip';
}

/** A paragraph with ==deletions==: one card per deletion, the others shown. */
function clozeCards(paragraph: Paragraph, found: Finder): 'skip' {
  const wrapper = found.wrapper();
  const marks = paragraph.children.filter((child) => (child as Node).type === 'mark');
  const text = toString(paragraph);
  marks.forEach((mark, position) => {
    found.plans.push({ kind: 'cloze', wrapper, mark: position, cloze: toString(mark), idText: text, line: found.fileLine((mark.position ?? paragraph.position)?.start.line) });
  });
  paragraph.children = [part(wrapper, 'cloze', paragraph.children as RootContent[], true)];
  return 'skip';
}
