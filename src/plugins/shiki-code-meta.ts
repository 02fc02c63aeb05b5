// A Shiki transformer for what the fence's meta string and language say about a code block:
// ```go title="main.go" showLineNumbers tab="Go"  and  ```diff  (lines starting + or -).
// It marks the <pre>; src/plugins/rehype-code-blocks.ts builds the title, tabs and copy
// button from those marks. Highlighted lines ({3,5-7}) and `// [!code ++]` come from
// @shikijs/transformers (see src/plugins/index.ts).
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Element, ElementContent } from 'hast';

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

/** Languages whose blocks are shell sessions: lines starting with "$ " are the commands. */
const SESSIONS = new Set(['console', 'shell-session', 'shellsession', 'sh-session']);
/** Shell scripts, which are sessions when some line starts with the prompt. */
const SHELLS = new Set(['bash', 'sh', 'shell', 'zsh']);

/** `key="value"`, `key='value'` or `key=value` from a fence's meta string. */
export function metaValue(meta: string, key: string): string | undefined {
  const match = new RegExp(String.raw`(?:^|\s)${key}=(?:"([^"]*)"|'([^']*)'|(\S+))`).exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** A bare flag in the meta string, e.g. showLineNumbers. */
function hasFlag(meta: string, ...flags: string[]): boolean {
  return meta.split(/\s+/).some((word) => flags.includes(word));
}

export function shikiCodeMeta(): ShikiTransformer {
  return {
    name: 'study-notes:code-meta',
    pre(pre) {
      const meta = this.options.meta?.__raw ?? '';
      const lang = this.options.lang;
      const title = metaValue(meta, 'title');
      const tab = metaValue(meta, 'tab');
      if (title) pre.properties['dataTitle'] = title;
      if (tab) pre.properties['dataTab'] = tab;
      if (hasFlag(meta, 'showLineNumbers', 'lineNumbers')) this.addClassToHast(pre, 'line-numbers');
      // Copy only the commands: the prompt and the output are not something to paste.
      if (SESSIONS.has(lang) || (SHELLS.has(lang) && /^\$ /m.test(this.source))) pre.properties['dataPrompt'] = '$ ';
    },
    line(line) {
      if (this.options.lang !== 'diff') return;
      const first = firstCharacter(line);
      if (first === '+') this.addClassToHast(line, ['diff', 'add']);
      else if (first === '-') this.addClassToHast(line, ['diff', 'remove']);
    },
  };
}

function firstCharacter(node: ElementContent | Element): string | undefined {
  if (node.type === 'text') return node.value[0];
  if (node.type !== 'element') return undefined;
  for (const child of node.children) {
    const found = firstCharacter(child);
    if (found !== undefined) return found;
  }
  return undefined;
}
