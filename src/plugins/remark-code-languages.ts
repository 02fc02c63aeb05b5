import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { normalizeCodeLanguage } from '../lib/code-languages.ts';
import { setNoteData } from './note-data.ts';
import { walk } from '../lib/walk.ts';

export interface Options {
  /** Languages left alone (rendered by other plugins). @default ['mermaid'] */
  keep?: string[];
}

/**
 * Maps each code block's language to one Shiki knows ("golang" -> "go", "C++" -> "cpp", any
 * case); unknown languages and Typora's flow/sequence blocks become plain text, recorded in the
 * note's data for the build's one summary line (src/lib/code-languages.ts).
 */
export default function remarkCodeLanguages({ keep = ['mermaid'] }: Options = {}) {
  return (tree: Root, file: VFile) => {
    const unknown = new Set<string>();
    let typoraDiagrams = 0;
    walk<Code>(tree, 'code', (node) => {
      if (!node.lang || keep.includes(node.lang)) return;
      const language = normalizeCodeLanguage(node.lang);
      if (language.kind === 'unknown') unknown.add(language.written);
      if (language.kind === 'typora-diagram') typoraDiagrams++;
      node.lang = language.lang;
    });
    if (unknown.size > 0 || typoraDiagrams > 0) setNoteData(file, { code: { unknown: [...unknown], typoraDiagrams } });
  };
}
