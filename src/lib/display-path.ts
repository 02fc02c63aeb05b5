import { relative } from 'node:path';

/** A path as people should see it in messages: relative to the project when inside it. */
export function displayPath(root: string, file: string): string {
  const inside = relative(root, file);
  return inside.startsWith('..') ? file : inside || '.';
}
