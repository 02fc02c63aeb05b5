// The one module that turns content file paths into entry ids and ids into URLs.
// Every page, link and test goes through these functions, so a URL is made one way only.
import { slug } from 'github-slugger';

/** The id of the content folder's own index.md / README.md: the home page's introduction. */
export const HOME_ID = 'index';

const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;
const INDEX_NAME = /^(index|readme)$/i;
/** "1", "03", "1.1", "2.3.1": a (multi-level) number that may open a name. */
const LEADING_NUMBER = /^\d+(?:\.\d+)*/;
/** What separates an ordering number from the name: "-", "_", ".", "、", spaces. */
const PREFIX_SEPARATOR = /^[-_.\s、]+(?=\S)/;
/** "2024-02-26", "2024.2.6", "2024_02_26": a date names a diary entry; it is not an order. */
const DATE = /^\d{4}([-_.])\d{1,2}\1\d{1,2}(?!\d)/;

/**
 * The ordering prefix of a name, if it has one: the number (each level of "1.2.") and the
 * prefix's length. A number must be followed by a separator and then the rest of the name, so
 * "2023" and "module05_etcd" have none; a date is not an order.
 */
function orderPrefix(name: string): { levels: number[]; length: number } | undefined {
  if (DATE.test(name)) return undefined;
  const number = LEADING_NUMBER.exec(name)?.[0];
  if (number === undefined) return undefined;
  const separator = PREFIX_SEPARATOR.exec(name.slice(number.length))?.[0];
  if (separator === undefined) return undefined;
  return { levels: number.split('.').map(Number), length: number.length + separator.length };
}

/** "01-调度器" -> "调度器", "1.1.kubeadm" -> "kubeadm"; "2023", "2024-02-26" and "module05_etcd" are left alone. */
export function stripOrderPrefix(name: string): string {
  const prefix = orderPrefix(name);
  return prefix ? name.slice(prefix.length) : name;
}

/** "01-调度器" -> [1], "1.2.kubeadm" -> [1, 2]; names without an ordering prefix -> undefined. */
export function orderPrefixOf(name: string): number[] | undefined {
  return orderPrefix(name)?.levels;
}

/** A file or folder name without its Markdown extension. */
export function baseNameOf(fileName: string): string {
  // "笔记 .md": editors show the name without the space before the extension.
  return fileName.replace(MARKDOWN_EXTENSION, '').trim();
}

/**
 * The key a file is found by when a link names it without a path (Obsidian's [[name]]):
 * its name without ".md", trimmed, lower-cased. "go/笔记 .md" -> "笔记", "a/图.PNG" -> "图.png".
 */
export function nameKeyOf(path: string): string {
  return baseNameOf(path.split(/[\\/]/).at(-1) ?? path).toLowerCase();
}

/** Whether a file is a folder's index (index.md or README.md, any case). */
export function isIndexFile(relativePath: string): boolean {
  const name = relativePath.split('/').at(-1) ?? '';
  return INDEX_NAME.test(baseNameOf(name));
}

/**
 * One path segment as it appears in a URL: ordering prefix dropped (so renumbering a note
 * keeps its URL), then github-slugger's rules, which keep Chinese readable:
 * "01-调度器 GMP" -> "调度器-gmp". With `keepPrefix` (two names that differ only by their
 * prefix), the prefix stays: "03-gitops" -> "03-gitops", "1.1.setup" -> "1-1setup".
 */
export function segmentToSlug(segment: string, { keepPrefix = false }: { keepPrefix?: boolean } = {}): string {
  const name = baseNameOf(segment);
  const slugged = slug(keepPrefix ? dotsToDashes(name) : stripOrderPrefix(name));
  if (!slugged) {
    throw new Error(`"${segment}" has no letters, digits or CJK characters to make a URL from; rename it.`);
  }
  return slugged;
}

/** A kept "1.2." prefix would slug to "12": dots between digits become dashes first. */
function dotsToDashes(name: string): string {
  return name.replace(/(\d)\.(?=\d)/g, '$1-');
}

/** Splits a path on "/" and "\" (notes written on Windows) and drops empty and "." parts. */
export function segmentsOf(relativePath: string): string[] {
  return relativePath.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
}

/**
 * A content file's path, relative to the content folder, to its entry id:
 * "05-etcd/02-raft 共识.md" -> "etcd/raft-共识", "05-etcd/index.md" -> "etcd",
 * "README.md" -> HOME_ID.
 */
export function fileToId(relativePath: string): string {
  const segments = segmentsOf(relativePath);
  const last = segments.at(-1);
  if (last !== undefined && isIndexFile(last)) segments.pop();
  if (segments.length === 0) return HOME_ID;
  return segments.map((segment) => segmentToSlug(segment)).join('/');
}

/**
 * The id of a sub-folder's section on its module page, from its path inside the module:
 * "02-网络/calico" -> "group-网络-calico". Links to a folder without an index land there.
 */
export function folderAnchor(folderInModule: string): string {
  const parts = segmentsOf(folderInModule).map((part) => slug(stripOrderPrefix(part.trim())) || part);
  return `group-${parts.join('-')}`;
}

/** The module a note belongs to: its top folder's id, or '' for a note at the top level. */
export function moduleIdOf(relativePath: string): string {
  const segments = segmentsOf(relativePath);
  return segments.length > 1 ? segmentToSlug(segments[0] ?? '') : '';
}

/** The folder name a note's module comes from ('' at the top level). */
export function moduleFolderOf(relativePath: string): string {
  const segments = segmentsOf(relativePath);
  return segments.length > 1 ? (segments[0] ?? '') : '';
}

/** '/repo', 'repo/' and '/repo/' all mean '/repo/'; '' and '/' mean '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a base ('/', '/repo/') and a site path ('search/', '/search/'). */
export function withBase(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** An entry id to the URL path of its page under the base path: "etcd/raft" -> "/repo/etcd/raft/". */
export function idToUrl(base: string, id: string): string {
  return id === HOME_ID ? base : withBase(base, `${id}/`);
}

/** A URL path back to an entry id, the inverse of idToUrl (percent-encoding undone). */
export function urlToId(base: string, url: string): string | undefined {
  const path = safeDecode(url.split(/[?#]/)[0] ?? '');
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length).replace(/\/(index\.html)?$/, '');
  return rest === '' ? HOME_ID : rest;
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/** A file's "edit" page on GitHub: "https://github.com/u/r/edit/main/content/05-etcd/02-raft.md". */
export function editUrl(repository: string, branch: string, pathInRepo: string): string {
  const path = pathInRepo.split(/[\\/]/).map(encodeURIComponent).join('/');
  return `${repository.replace(/\/$/, '')}/edit/${encodeURIComponent(branch)}/${path}`;
}
