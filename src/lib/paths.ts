// The one module that turns content file paths into entry ids and ids into URLs.
// Every page, link and test goes through these functions, so a URL is made one way only.
import { slug } from 'github-slugger';

/** The id of the content folder's own index.md / README.md: the home page's introduction. */
export const HOME_ID = 'index';

const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;
const INDEX_NAME = /^(index|readme)$/i;
/** "01-", "01_", "01.", "01 " before a name: an ordering prefix (the name must go on). */
const ORDER_PREFIX = /^(\d+)[-_.\s]+(?=\S)/;

/** "01-调度器" -> "调度器"; "2023" and "module05_etcd" are left alone. */
export function stripOrderPrefix(name: string): string {
  return name.replace(ORDER_PREFIX, '');
}

/** "01-调度器" -> 1; names without an ordering prefix -> undefined. */
export function orderPrefixOf(name: string): number | undefined {
  const match = ORDER_PREFIX.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** A file or folder name without its Markdown extension. */
export function baseNameOf(fileName: string): string {
  return fileName.replace(MARKDOWN_EXTENSION, '');
}

/** Whether a file is a folder's index (index.md or README.md, any case). */
export function isIndexFile(relativePath: string): boolean {
  const name = relativePath.split('/').at(-1) ?? '';
  return INDEX_NAME.test(baseNameOf(name));
}

/**
 * One path segment as it appears in a URL: ordering prefix dropped (so renumbering a note
 * keeps its URL), then github-slugger's rules, which keep Chinese readable:
 * "01-调度器 GMP" -> "调度器-gmp".
 */
export function segmentToSlug(segment: string): string {
  const slugged = slug(stripOrderPrefix(baseNameOf(segment).trim()));
  if (!slugged) {
    throw new Error(`"${segment}" has no letters, digits or CJK characters to make a URL from; rename it.`);
  }
  return slugged;
}

/** Splits a path on "/" and "\" (notes written on Windows) and drops empty and "." parts. */
function segmentsOf(relativePath: string): string[] {
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
  return segments.map(segmentToSlug).join('/');
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
