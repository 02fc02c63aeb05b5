import type { Element, ElementContent, Root, RootContent } from 'hast';
import type {} from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { cardId, normaliseCardText, uniqueIds } from '../lib/cards/card-id.ts';
import type { NoteCard } from '../lib/cards/types.ts';
import { walk } from '../lib/walk.ts';
import { setNoteData } from './note-data.ts';

export interface Options {
  /** Text put in place of a cloze deletion on the question side. @default '[…]' */
  gap?: string;
}

interface Parts {
  q: Element[];
  a: Element[];
  cloze?: Element;
  section?: string | undefined;
}

const HEADING = /^h[1-6]$/;

/**
 * Takes out the cards remark-cards marked, now rendered like the rest of the note (highlighted
 * code, diagram figures, resolved links and images), records them with the note, and removes
 * the marks so the page reads as before. Runs last, after heading ids are set.
 */
export default function rehypeCards(options: Options = {}) {
  const gap = options.gap ?? '[…]';
  return (tree: Root, file: VFile) => {
    const plans = file.data.cardPlans ?? [];
    const parts = new Map<number, Parts>();
    let section: string | undefined;
    walk<Element>(tree, 'element', (node) => {
      if (HEADING.test(node.tagName) && typeof node.properties['id'] === 'string') section = node.properties['id'];
      const wrapper = node.properties['dataCardW'];
      if (wrapper === undefined) return;
      const entry = parts.get(Number(wrapper)) ?? { q: [], a: [], section };
      parts.set(Number(wrapper), entry);
      const role = node.properties['dataCardPart'];
      if (role === 'q' || role === 'a') entry[role].push(node);
      else entry.cloze = node;
    });
    const made: NoteCard[] = [];
    for (const plan of plans) {
      const found = parts.get(plan.wrapper);
      if (!found) continue;
      let question: string;
      let answer: string;
      if (plan.kind === 'cloze' && found.cloze && plan.mark !== undefined) {
        question = `<p>${toHtml(clozeSide(found.cloze, plan.mark, { type: 'element', tagName: 'span', properties: { className: ['cloze-gap'] }, children: [{ type: 'text', value: gap }] }), { allowDangerousHtml: true })}</p>`;
        answer = `<p>${toHtml(clozeSide(found.cloze, plan.mark, 'answer'), { allowDangerousHtml: true })}</p>`;
      } else {
        [question, answer] = plan.swap ? [html(found.a), html(found.q)] : [html(found.q), html(found.a)];
      }
      made.push({
        id: cardId(plan.kind, plan.idText, plan.cloze),
        kind: plan.kind,
        question,
        answer,
        text: normaliseCardText(plan.cloze ? `${plan.idText} ${plan.cloze}` : plan.idText).slice(0, 200),
        section: found.section,
        line: plan.line,
      });
    }
    const ids = uniqueIds(made.map((card) => card.id));
    made.forEach((card, index) => (card.id = ids[index]!));
    unwrap(tree);
    const problems = file.data.cardProblems ?? [];
    if (made.length > 0 || problems.length > 0) setNoteData(file, { cards: made, cardProblems: problems });
  };
}

/** The parts' HTML; an inline part (a span from a paragraph) becomes a paragraph of its own. */
function html(parts: Element[]): string {
  return parts
    .map((part) => {
      const inner = toHtml(withoutControls(part.children), { allowDangerousHtml: true });
      return part.tagName === 'span' ? `<p>${inner}</p>` : inner;
    })
    .join('');
}

/**
 * The note page's own controls do nothing on a card (the review page and Anki load no page
 * scripts): copy buttons and their status, diagram zoom buttons, and the button around a
 * zoomable image (the image stays).
 */
function withoutControls(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    const classes = node.properties['className'];
    const has = (name: string) => Array.isArray(classes) && classes.includes(name);
    if (node.tagName === 'button' && has('image-zoom')) return withoutControls(node.children).filter((child) => !(child.type === 'element' && child.tagName === 'span'));
    if (node.tagName === 'button' && (has('code-copy') || has('zoom-button'))) return [];
    if (node.tagName === 'span' && node.properties['role'] === 'status') return [];
    return [{ ...node, children: withoutControls(node.children) }];
  });
}

/** The cloze paragraph with its `index`-th <mark> replaced by a gap or marked as the answer; other marks show as plain text. */
function clozeSide(paragraph: Element, index: number, replacement: Element | 'answer'): ElementContent[] {
  let seen = -1;
  const walk = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [node];
      if (node.tagName === 'mark') {
        seen++;
        if (seen !== index) return node.children;
        return [replacement === 'answer' ? { ...node, properties: { ...node.properties, className: ['cloze-answer'] } } : replacement];
      }
      return [{ ...node, children: walk(node.children) }];
    });
  return walk(paragraph.children);
}

/** Replaces every card wrapper with its children. */
function unwrap(tree: Root): void {
  const walk = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node) => {
      if (node.type !== 'element') return [node];
      node.children = walk(node.children);
      return node.properties['dataCardW'] === undefined ? [node] : node.children;
    });
  // A doctype only ever opens a whole document, never inside a note's content.
  tree.children = walk(tree.children.filter((node): node is ElementContent => node.type !== 'doctype')) as RootContent[];
}
