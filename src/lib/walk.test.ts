// walk() keeps unist-util-visit's protocol: each case runs one visitor through both, on copies
// of one tree, and compares the nodes visited (with index, parent and ancestors) and the tree after.
import type { Node, Parent } from 'unist';
import { CONTINUE, EXIT, SKIP, visitParents, type Action } from 'unist-util-visit-parents';
import { describe, expect, test } from 'vitest';
import { walk, type WalkAction } from './walk.ts';

interface Item extends Node {
  value?: string;
  children?: Item[];
}

const leaf = (value: string): Item => ({ type: 'text', value });
const tree = (): Item => ({
  type: 'root',
  children: [
    { type: 'paragraph', children: [leaf('a'), { type: 'emphasis', children: [leaf('b')] }, leaf('c')] },
    { type: 'heading', children: [leaf('d')] },
    { type: 'paragraph', children: [leaf('e'), leaf('f')] },
    { type: 'code', value: 'g' },
  ],
});

const name = (node: Item) => node.value ?? node.type;

/** A visitor written once, as a walk visitor; `toVisit` turns its answer into unist-util-visit's. */
type Case = [string, string | null, (node: Item, index: number | undefined, parent: Item | undefined) => WalkAction];

const cases: Case[] = [
  ['visits every node, a node before its children', null, () => undefined],
  ['visits only nodes of one type', 'text', () => undefined],
  ['does not go into a skipped node', null, (node) => (node.type === 'emphasis' || node.type === 'heading' ? 'skip' : undefined)],
  ['stops at exit', 'text', (node) => (node.value === 'd' ? 'exit' : undefined)],
  ['goes on at the index returned', 'paragraph', (_node, index) => (index === 0 ? 2 : undefined)],
  [
    'goes on after nodes it inserted',
    'text',
    (node, index, parent) => {
      if (node.value !== 'a' || !parent || index === undefined) return undefined;
      parent.children!.splice(index + 1, 0, leaf('a1'), leaf('a2'));
      return ['skip', index + 3];
    },
  ],
  [
    'sees a node it removed replaced by the next',
    null,
    (node, index, parent) => {
      if (node.type !== 'heading' || !parent || index === undefined) return undefined;
      parent.children!.splice(index, 1);
      return ['skip', index];
    },
  ],
  [
    'goes into children the visitor gave the node',
    'code',
    (node) => {
      node.children = [leaf('g1')];
      return undefined;
    },
  ],
];

const toVisit = (action: WalkAction): Action | [Action, number] | number | undefined => {
  if (action === 'skip') return SKIP;
  if (action === 'exit') return EXIT;
  if (Array.isArray(action)) return [SKIP, action[1] as number];
  return typeof action === 'number' ? action : CONTINUE;
};

describe('walk', () => {
  test.each(cases)('%s, as unist-util-visit does', (_title, type, visitor) => {
    const expected: string[] = [];
    const theirs = tree();
    visitParents(theirs as never, (node: Item, ancestors: Item[]) => {
      const parent = ancestors.at(-1);
      const index = parent ? parent.children!.indexOf(node) : undefined;
      if (type !== null && node.type !== type) return CONTINUE;
      expected.push(`${name(node)}@${index} in ${parent ? name(parent) : '-'} under ${ancestors.map(name).join('/')}`);
      return toVisit(visitor(node, index, parent)) as never;
    });

    const seen: string[] = [];
    const ours = tree();
    walk<Item, Item & Parent>(ours, type, (node, index, parent, ancestors) => {
      seen.push(`${name(node)}@${index} in ${parent ? name(parent) : '-'} under ${ancestors.map(name).join('/')}`);
      return visitor(node, index, parent);
    });

    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(expected);
    expect(ours).toEqual(theirs);
  });
});
