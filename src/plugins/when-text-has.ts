// Runs a plugin only on notes whose text has what the plugin looks for. A plugin such as
// remark-flexible-markers (==marks==) or rehype-callouts (> [!NOTE]) walks every node of every
// note, most of which have none of its syntax: about 0.1 ms a note each (CPU profile of 200
// generated notes). A search of the note's text first skips those walks.
import type { Processor } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

type Transform = (tree: Node, file: VFile) => unknown;

/**
 * `plugin`, whose transform runs only when `pattern` matches the note's text (the Markdown the
 * render was given). `pattern` must match every text in which the plugin could change anything,
 * and must not be global (a global pattern's test() moves on from its last match).
 */
export function whenTextHas<P extends (...options: never[]) => unknown>(pattern: RegExp, plugin: P): P {
  if (pattern.global || pattern.sticky) throw new Error(`whenTextHas(${pattern}): a global or sticky pattern remembers its last match`);
  function conditional(this: Processor, ...options: unknown[]) {
    const transform = (plugin as unknown as (this: Processor, ...given: unknown[]) => Transform | undefined).apply(this, options);
    if (typeof transform !== 'function') return transform;
    // A transform taking a callback (tree, file, next) would never be called back here.
    if (transform.length > 2) throw new Error(`whenTextHas: ${plugin.name}'s transform takes a callback`);
    return (tree: Node, file: VFile) => (pattern.test(String(file.value)) ? transform(tree, file) : undefined);
  }
  Object.defineProperty(conditional, 'name', { value: `${plugin.name} (when the text has ${pattern})` });
  return conditional as unknown as P;
}
