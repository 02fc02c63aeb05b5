import type { Element, Root } from 'hast';
import type { Options } from 'rehype-katex';
import type { VFile } from 'vfile';
import { classList } from './class-list.ts';
import { walk } from '../lib/walk.ts';

type Transform = (tree: Root, file: VFile) => void;

/** The classes rehype-katex draws: ```math blocks, and remark-math's $$…$$ and $…$. */
const MATH = ['language-math', 'math-display', 'math-inline'];

const hasMath = (tree: Root) => {
  let found = false;
  walk<Element>(tree, 'element', (node) => {
    if (!classList(node).some((name) => MATH.includes(name))) return undefined;
    found = true;
    return 'exit';
  });
  return found;
};

/**
 * rehype-katex, loaded the first time a note has math: KaTeX takes 0.2 s to import, on every
 * build and dev start, and most notes folders have no math.
 */
export default function rehypeMath(options: Options) {
  let katex: Promise<Transform> | undefined;
  return async (tree: Root, file: VFile) => {
    if (!hasMath(tree)) return;
    katex ??= import('rehype-katex').then(({ default: rehypeKatex }) => rehypeKatex(options) as Transform);
    (await katex)(tree, file);
  };
}
