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
 * Reading order: an explicit `order` wins, else the name's numeric prefix ("01-"); items with
 * a position come first, by position; the rest follow in natural name order.
 */
export function compareByOrder(a: Orderable, b: Orderable): number {
  const pa = a.order ?? orderPrefixOf(a.name);
  const pb = b.order ?? orderPrefixOf(b.name);
  if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
  if (pa !== undefined && pb === undefined) return -1;
  if (pa === undefined && pb !== undefined) return 1;
  return compareNatural(a.name, b.name);
}
