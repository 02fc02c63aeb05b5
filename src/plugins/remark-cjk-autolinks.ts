import type { Link, Parents, Root, Text } from 'mdast';
import { walk } from '../lib/walk.ts';

/**
 * CJK characters and full-width punctuation: where a URL written in Chinese text ends.
 * (Han, kana, hangul, CJK punctuation and full-width forms.)
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * GFM autolinks run on into the Chinese text after them ("访问http://localhost:8080查看" links
 * to "http://localhost:8080查看", which points nowhere). Here such a link ends where CJK text or
 * full-width punctuation begins, and the rest is text again (issue 12, case 16). Links written
 * as [text](url) or <url> are left as written.
 */
export default function remarkCjkAutolinks() {
  return (tree: Root) => {
    walk<Link, Parents>(tree, 'link', (node, index, parent) => {
      if (!parent || index === undefined || !isLiteralAutolink(node)) return undefined;
      const text = (node.children[0] as Text).value;
      const cut = text.search(CJK);
      if (cut <= 0) return undefined;
      const kept = text.slice(0, cut);
      const rest = text.slice(cut);
      node.url = node.url.slice(0, node.url.length - rest.length);
      node.children = [{ type: 'text', value: kept }];
      // What GFM swallowed may hold further URLs ("查看，或者打开https://…"): link those too.
      const after = splitUrls(rest);
      parent.children.splice(index + 1, 0, ...after);
      return ['skip', index + 1 + after.length];
    });
  };
}

/** A URL inside text: up to whitespace, CJK text or full-width punctuation; trailing ASCII punctuation is not part of it. */
const URL_IN_TEXT = new RegExp(`(?:https?://|www\\.)[^\\s<${CJK.source.slice(1, -1)}]+`, 'gu');

function splitUrls(text: string): (Text | Link)[] {
  const nodes: (Text | Link)[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,:;!?'")\]]+$/, '');
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push({ type: 'link', url: url.startsWith('www.') ? `http://${url}` : url, children: [{ type: 'text', value: url }] });
    last = match.index + url.length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

/** A link GFM made from a bare URL: its only child is its own text, and its source has no brackets. */
function isLiteralAutolink(node: Link): boolean {
  const child = node.children[0];
  if (node.children.length !== 1 || child?.type !== 'text') return false;
  if (!node.url.endsWith(child.value)) return false;
  const { start, end } = node.position ?? {};
  // [text](url) and <url> are longer in the source than their text.
  return start?.offset !== undefined && end?.offset !== undefined ? end.offset - start.offset === child.value.length : true;
}
