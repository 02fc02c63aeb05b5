// The classes of a hast element, wherever they are kept: hast made from HTML has a `className`
// list, Shiki's hast a `class` string.
import type { Element } from 'hast';

export function classList(node: Element): string[] {
  const value = node.properties['className'] ?? node.properties['class'];
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/).filter(Boolean);
}
