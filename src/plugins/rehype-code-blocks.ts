import type { Element, ElementContent, Root, RootContent } from 'hast';
import { classList } from './class-list.ts';
import { walk } from '../lib/walk.ts';

export interface Labels {
  /** Name of the copy button, e.g. "复制代码". */
  copy: string;
  /** Said and shown once the code is on the clipboard, e.g. "已复制". */
  copied: string;
  /** Name of a group of tabs, e.g. "代码示例". */
  tabs: string;
}

export interface Options {
  labels: Labels;
}

/**
 * Code blocks as readers expect them, from what Shiki and src/plugins/shiki-code-meta.ts left on
 * each <pre>: a title bar (title="main.go"), a copy button (src/scripts/page.ts does the
 * copying, announced through the block's status element), and tabs for consecutive blocks that
 * each name one (tab="YAML"). The tabs are radio buttons: arrow keys move between them and no
 * script is needed (src/styles/code-blocks.css shows the chosen panel).
 */
export default function rehypeCodeBlocks({ labels }: Options) {
  return (tree: Root) => {
    walk<Element, Root | Element>(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined || !hasClass(node, 'astro-code')) return;
      parent.children[index] = codeBlock(node, labels);
      return 'skip';
    });
    let groups = 0;
    walk(tree, null, (node) => {
      if (!('children' in node)) return;
      const parent = node as Root | Element;
      for (let start = 0; start < parent.children.length; start++) {
        const run = tabRun(parent.children, start);
        if (run.length < 2) continue;
        const group = tabGroup(run, `code-tabs-${++groups}`, labels);
        const end = parent.children.indexOf(run.at(-1)!);
        parent.children.splice(start, end - start + 1, group);
      }
    });
  };
}

const hasClass = (node: Element, name: string): boolean => classList(node).includes(name);

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** <div class="code-block" data-tab?><div class="code-title">?<pre/><button/><span role="status"/></div> */
function codeBlock(pre: Element, labels: Labels): Element {
  const title = pre.properties['dataTitle'];
  const tab = pre.properties['dataTab'];
  delete pre.properties['dataTitle'];
  delete pre.properties['dataTab'];
  if (typeof title === 'string') pre.properties['ariaLabel'] = title;
  return element('div', { className: ['code-block'], ...(typeof tab === 'string' ? { dataTab: tab } : {}) }, [
    ...(typeof title === 'string' ? [element('div', { className: ['code-title'] }, [text(title)])] : []),
    pre,
    element('button', { type: 'button', className: ['code-copy'], dataCopied: labels.copied }, [text(labels.copy)]),
    element('span', { className: ['sr-only'], role: 'status' }),
  ]);
}

/** Consecutive code blocks (whitespace between them) that each name a tab, from `start`. */
function tabRun(children: RootContent[], start: number): Element[] {
  const run: Element[] = [];
  for (let index = start; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (child.type === 'element' && child.tagName === 'div' && hasClass(child, 'code-block') && typeof child.properties['dataTab'] === 'string') run.push(child);
    else break;
  }
  return children[start]?.type === 'element' ? run : [];
}

function tabGroup(blocks: Element[], id: string, labels: Labels): Element {
  const choices: ElementContent[] = blocks.flatMap((block, index) => [
    element('input', { type: 'radio', name: id, id: `${id}-${index}`, value: String(index), ...(index === 0 ? { checked: true } : {}) }),
    element('label', { htmlFor: [`${id}-${index}`] }, [text(String(block.properties['dataTab']))]),
  ]);
  return element('div', { className: ['code-tabs'] }, [
    element('div', { className: ['code-tab-list'], role: 'radiogroup', ariaLabel: labels.tabs }, choices),
    ...blocks.map((block, index) => {
      // Grouped once: the tab's name is now its label.
      delete block.properties['dataTab'];
      block.properties['dataPanel'] = String(index);
      return block;
    }),
  ]);
}
