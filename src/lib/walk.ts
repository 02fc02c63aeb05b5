// A depth-first walk over a unist tree (mdast or hast) for our Markdown plugins, with the visitor
// protocol of unist-util-visit. Hand-written because unist-util-visit(-parents) makes a closure,
// an ancestor array and an action tuple for every node and renames a function for its debug
// output: at 1,000 notes our plugins' walks took 1.5 s of 7.9 s of rendering. This walk does
// the same in about an eighth of the time (300 rendered notes: 9 ms against 77 ms; see
// walk.test.ts for the protocol).
import type { Node, Parent } from 'unist';

/**
 * What a visitor returns: nothing (go on, into the node's children), 'skip' (not into its
 * children), 'exit' (stop the walk), an index (into the children, then on at that index of
 * the parent's children) or ['skip', index] (not into the children, on at that index).
 */
export type WalkAction = 'skip' | 'exit' | number | readonly ['skip', number] | undefined | void;

/**
 * Called for each node that passes the test: the node, its index in its parent and its parent
 * (both undefined for the root), and its ancestors, root first. `ancestors` is the walk's own
 * list, changed as it goes: copy it to keep it.
 */
export type Visitor<T extends Node, P extends Parent> = (node: T, index: number | undefined, parent: P | undefined, ancestors: readonly P[]) => WalkAction;

/**
 * Visits `tree` and every node below it in document order (a node before its children). `type`
 * limits the visits to nodes of that type (the walk still goes through the others); null visits
 * every node. The visitor may change the tree: children are read as the walk reaches them.
 */
export function walk<T extends Node = Node, P extends Parent = Parent>(tree: Node, type: string | null, visitor: Visitor<T, P>): void {
  const ancestors: P[] = [];

  /** Visits `node` and what is below it; true when the walk is to stop. Sets `next`: where its parent goes on. */
  let next = 0;
  const visit = (node: Node, index: number | undefined, parent: P | undefined): boolean => {
    const action = type === null || node.type === type ? visitor(node as T, index, parent, ancestors) : undefined;
    if (action === 'exit') return true;
    const skip = action === 'skip' || Array.isArray(action);
    const children = (node as Partial<Parent>).children;
    if (!skip && children) {
      ancestors.push(node as P);
      for (let offset = 0; offset < (node as Parent).children.length; ) {
        if (visit((node as Parent).children[offset]!, offset, node as P)) return true;
        offset = next;
      }
      ancestors.pop();
    }
    next = typeof action === 'number' ? action : Array.isArray(action) ? (action as readonly ['skip', number])[1] : (index ?? 0) + 1;
    return false;
  };

  visit(tree, undefined, undefined);
}
