import { orderPrefixOf } from './paths.ts';

// Numeric collation: "module2" < "module10", "M05_note" < "M12_note"; Chinese by pinyin.
const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

/** Compares two names the way a person would: digits as numbers, case ignored. */
export function compareNatural(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Anything placed in reading order: a note or a module. */
export interface Orderable {
  /** Explicit position from frontmatter, if any. */
  order?: number | undefined;
  /** The file or folder name, e.g. "01-调度器.md" or "module05_etcd". */
  name: string;
}

/**
 * Reading order: an explicit `order` wins, else the name's numeric prefix ("01-", "1.2."
 * level by level); items with a position come first, by position; the rest follow in natural
 * name order.
 */
export function compareByOrder(a: Orderable, b: Orderable): number {
  const pa = a.order !== undefined ? [a.order] : orderPrefixOf(a.name);
  const pb = b.order !== undefined ? [b.order] : orderPrefixOf(b.name);
  if (pa !== undefined && pb !== undefined) {
    const byPosition = compareLevels(pa, pb);
    if (byPosition !== 0) return byPosition;
  }
  if (pa !== undefined && pb === undefined) return -1;
  if (pa === undefined && pb !== undefined) return 1;
  return compareNatural(a.name, b.name);
}

/** [1, 2] < [1, 10] < [2]; [1] < [1, 1]. */
function compareLevels(a: readonly number[], b: readonly number[]): number {
  for (let level = 0; level < Math.max(a.length, b.length); level++) {
    const difference = (a[level] ?? -1) - (b[level] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
