// A Shiki transformer that leaves out markup a code block does not need, last in the list so
// that the other transformers have marked their lines: a token in the block's own colours
// (half the tokens of YAML and shell) becomes plain text, which takes them from the <pre>, and
// when no line of the block is marked (highlighted, diff, numbered) the lines are plain text
// too, as in any <pre>; neighbouring tokens of one colour are one; a token in one of the common
// colour pairs gets its class instead of its style (src/lib/code-colours.ts). On the course this
// is about 0.9 KB of a median note page's gzipped HTML.
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Text } from 'hast';
import { tokenClass } from '../lib/code-colours.ts';
import { classList } from './class-list.ts';

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

/** The custom properties of a style attribute, names and values lower-cased. */
export function styleProperties(style: unknown): Map<string, string> {
  const properties = new Map<string, string>();
  if (typeof style !== 'string') return properties;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) properties.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return properties;
}

/** A token span that only repeats the block's colours: nothing but a style whose colours are the <pre>'s. */
function inBlockColours(node: ElementContent, light: string | undefined, dark: string | undefined): node is Element {
  if (node.type !== 'element' || node.tagName !== 'span') return false;
  const keys = Object.keys(node.properties);
  if (keys.length === 0) return true;
  if (keys.length !== 1 || keys[0] !== 'style') return false;
  const style = styleProperties(node.properties['style']);
  return style.size === 2 && style.get('--shiki-light') === light && style.get('--shiki-dark') === dark;
}

/** A token: a span whose only attribute is its style and whose only content is text. */
const styleOfToken = (node: ElementContent | undefined): string | undefined =>
  node?.type === 'element' && node.tagName === 'span' && Object.keys(node.properties).join() === 'style' && node.children.every((child) => child.type === 'text') ? String(node.properties['style']) : undefined;

/** Children with neighbouring text nodes joined, and neighbouring tokens of one style. */
function joinTexts(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    const last = out.at(-1);
    const style = styleOfToken(child);
    if (child.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + child.value } satisfies Text;
    else if (style !== undefined && style === styleOfToken(last)) out[out.length - 1] = { ...(last as Element), children: joinTexts([...(last as Element).children, ...(child as Element).children]) };
    else out.push(child);
  }
  return out;
}

/** A token whose style is one of the common colour pairs, with that pair's class instead. */
function withColourClass(node: ElementContent): ElementContent {
  if (styleOfToken(node) === undefined) return node;
  const style = styleProperties((node as Element).properties['style']);
  const name = style.size === 2 ? tokenClass(style.get('--shiki-light') ?? '', style.get('--shiki-dark') ?? '') : undefined;
  return name === undefined ? node : { ...(node as Element), properties: { class: name } };
}

/** Compacts a highlighted <pre> in place: see the comment at the top of this file. */
export function compactCodeBlock(pre: Element): void {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  if (!code) return;
  const colours = styleProperties(pre.properties['style']);
  const light = colours.get('--shiki-light');
  const dark = colours.get('--shiki-dark');
  const lines = code.children.filter((child): child is Element => child.type === 'element' && classList(child).includes('line'));
  for (const line of lines) {
    line.children = joinTexts(line.children.flatMap((token) => (inBlockColours(token, light, dark) ? token.children : [token]))).map(withColourClass);
  }
  const marked = classList(pre).includes('line-numbers') || lines.some((line) => classList(line).length > 1 || Object.keys(line.properties).length > 1);
  if (!marked) code.children = joinTexts(code.children.flatMap((child) => (child.type === 'element' && lines.includes(child) ? child.children : [child])));
}

export function shikiCompact(): ShikiTransformer {
  return {
    name: 'study-notes:compact',
    pre(pre) {
      compactCodeBlock(pre);
    },
  };
}
