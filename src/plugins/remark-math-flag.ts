import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { setNoteData } from './note-data.ts';
import { walk } from '../lib/walk.ts';

/** Records whether a note has math (after remark-math), so only its page loads KaTeX's stylesheet. */
export default function remarkMathFlag() {
  return (tree: Root, file: VFile) => {
    let math = false;
    walk(tree, null, (node) => {
      if (node.type === ('math' as string) || node.type === ('inlineMath' as string)) {
        math = true;
        return 'exit';
      }
      return undefined;
    });
    if (math) setNoteData(file, { math: true });
  };
}
