// Resolves a link as an author wrote it, in the editor they wrote it in, to what it points at in
// the notes folder: relative and rooted Markdown links (encoded or not, any case, with #anchors
// matched the way rehype-slug makes ids) and Obsidian wikilinks (by path or by unique name).
// Pure functions over a Vault; table tests in link-resolver.test.ts.
import { posix } from 'node:path';
import { distance } from 'fastest-levenshtein';
import Slugger from 'github-slugger';
import { folderAnchor, nameKeyOf, stripOrderPrefix } from './paths.ts';
import type { Vault, VaultNote } from './vault.ts';

export type Resolution =
  | { kind: 'external' }
  | { kind: 'note'; note: VaultNote; /** A heading's id, or undefined for the top of the page. */ fragment?: string | undefined }
  | { kind: 'asset'; path: string }
  /** A folder of notes without an index: its module's page (at the folder's section when nested). */
  | { kind: 'folder'; moduleId: string; fragment?: string | undefined }
  | { kind: 'broken'; problem: string; suggestion?: string | undefined };

export interface LinkContext {
  vault: Vault;
  /** The note the link is in (path inside the notes folder). */
  from: string;
  /** Whether notes marked `draft: true` are published (they are in `astro dev`). */
  includeDrafts?: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MARKDOWN = /\.(md|markdown)$/i;

/** A Markdown link or image URL: `../x.md#a`, `/go/x.md`, `%E8%B0%83.md`, `<a b.md>`, `.\img\a.png`. */
export function resolveMarkdownLink(context: LinkContext, written: string): Resolution {
  const url = written.trim();
  if (url === '') return { kind: 'broken', problem: 'the link is empty' };
  // Before the scheme test: "E:\notes\a.png" is not a URL with the scheme "e:".
  if (AUTHOR_DISK_PATH.test(url)) return byPathTail(context, decode(url.replace(/^file:\/\/\/?/i, '')), url);
  if (SCHEME.test(url) || url.startsWith('//')) return { kind: 'external' };
  const current = context.vault.notes.get(context.from);
  if (url.startsWith('#')) {
    return current ? withFragment(current, decode(url.slice(1))) : { kind: 'broken', problem: 'no current note' };
  }
  // A "#" may belong to the file name ("C# 笔记.md#小节"): try each "#" as the start of the
  // fragment, from none at all to the first one, and take the first split that names a file.
  const hashes = [...url.matchAll(/#/g)].map((match) => match.index).reverse();
  for (const hash of [url.length, ...hashes]) {
    const path = relativeTo(context.from, decode(url.slice(0, hash).replace(/\?.*$/, '')));
    const target = lookup(context, path);
    if (target) return found(context, target, hash < url.length ? decode(url.slice(hash + 1)) : undefined);
  }
  const first = hashes.at(-1) ?? url.length;
  const target = decode(url.slice(0, first).replace(/\?.*$/, ''));
  const path = relativeTo(context.from, target);
  const fragment = first < url.length ? decode(url.slice(first + 1)) : undefined;
  if (path !== undefined && context.vault.folders.has(folderKey(context, path))) return folderOf(context, folderKey(context, path), fragment);
  // Typora keeps the absolute path of an image pasted from elsewhere: "/Users/me/notes/a.png".
  if (target.startsWith('/') && /\/(Users|home|Volumes|mnt|private|tmp|var)\//.test(target)) return byPathTail(context, target, url);
  // Obsidian's default "shortest path" links name only the file (![](图.png) for 图片/图.png).
  if (context.vault.obsidian && !/[\\/]/.test(target)) {
    const named = byName(context, target);
    if (typeof named === 'string') return found(context, named, fragment);
    if (named) return named;
  }
  if (path === undefined) return { kind: 'broken', problem: 'it points outside the notes folder' };
  return { kind: 'broken', problem: 'no such file in the notes folder', suggestion: suggestPath(context, path) };
}

/** A Windows path ("E:\notes\a.png", "C:/x"), a file: URL or a home-folder path: a file on the author's disk. */
const AUTHOR_DISK_PATH = /^(?:[a-z]:[\\/]|file:\/\/|~\/)/i;

/**
 * A path on the author's disk, resolved like Typora does when the folder moved: the file of
 * that name inside the notes folder whose path shares the longest tail with it.
 */
function byPathTail(context: LinkContext, path: string, written: string): Resolution {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  const candidates = context.vault.byName.get(nameKeyOf(parts.at(-1) ?? '')) ?? [];
  const tailLength = (candidate: string) => {
    const own = candidate.toLowerCase().split('/');
    let length = 0;
    while (length < own.length && length < parts.length && own[own.length - 1 - length] === parts[parts.length - 1 - length]!.toLowerCase()) length++;
    return length;
  };
  const scored = candidates.map((candidate) => ({ candidate, length: tailLength(candidate) })).filter(({ length }) => length > 0);
  const longest = Math.max(0, ...scored.map(({ length }) => length));
  const best = scored.filter(({ length }) => length === longest);
  if (best.length === 1) return found(context, best[0]!.candidate, undefined);
  if (best.length > 1) return { kind: 'broken', problem: `a path on the author's computer; ${best.length} files in the notes folder match it (${best.map(({ candidate }) => candidate).join(', ')})`, suggestion: relativePath(context.from, best[0]!.candidate) };
  return {
    kind: 'broken',
    problem: `a path on the author's computer (${written}), and no file of that name is in the notes folder: copy the file into the notes folder and link it relatively`,
  };
}

/** The folder a path names, in the case the folder has ("Module6" for "module6"), or the path itself. */
function folderKey(context: LinkContext, path: string): string {
  if (context.vault.folders.has(path)) return path;
  const lower = path.toLowerCase();
  return [...context.vault.folders.keys()].find((folder) => folder.toLowerCase() === lower) ?? path;
}

function folderOf(context: LinkContext, folder: string, fragment: string | undefined): Resolution {
  const moduleId = context.vault.folders.get(folder) ?? '';
  const inModule = folder.split('/').slice(1).join('/');
  return { kind: 'folder', moduleId, fragment: inModule ? folderAnchor(inModule) : fragment || undefined };
}

/** An Obsidian wikilink or embed target: `Note`, `Note#Heading`, `folder/Note`, `image.png`, `#Heading`. */
export function resolveWikiLink(context: LinkContext, written: string): Resolution {
  const target = written.trim();
  // A "#" may belong to the name ("C# 笔记"): try the whole target first.
  const whole = target.includes('#') && !target.startsWith('#') ? byName(context, target) : undefined;
  if (typeof whole === 'string') return found(context, whole, undefined);
  const hash = target.indexOf('#');
  const page = (hash < 0 ? target : target.slice(0, hash)).trim();
  const fragment = hash < 0 ? undefined : target.slice(hash + 1).trim();
  if (page === '') {
    const current = context.vault.notes.get(context.from);
    return current ? withFragment(current, fragment ?? '') : { kind: 'broken', problem: 'no current note' };
  }
  const path = page.includes('/') ? (lookup(context, page.replace(/^\//, '')) ?? lookup(context, relativeTo(context.from, page) ?? '')) : byName(context, page);
  if (typeof path === 'object') return path;
  if (!path) return { kind: 'broken', problem: 'no note or file has this name', suggestion: suggestName(context, page) };
  return found(context, path, fragment);
}

/** The way to point at a file from a note, for "did you mean" messages. */
export function relativePath(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

function found(context: LinkContext, path: string, fragment: string | undefined): Resolution {
  const note = context.vault.notes.get(path);
  if (!note) return { kind: 'asset', path };
  if (note.draft && !context.includeDrafts) return { kind: 'broken', problem: `it links to a draft note (${path} has draft: true), which is not published` };
  return fragment === undefined ? { kind: 'note', note } : withFragment(note, fragment);
}

/** Matches an anchor the way rehype-slug makes ids; heading text as Typora/Obsidian write it also works. */
function withFragment(note: VaultNote, fragment: string): Resolution {
  if (fragment === '' || fragment.toLowerCase() === 'top') return { kind: 'note', note };
  if (note.anchors.has(fragment)) return { kind: 'note', note, fragment };
  const slug = new Slugger().slug(fragment);
  if (note.anchors.has(slug)) return { kind: 'note', note, fragment: slug };
  // The opening H1 became the page title: a link to it goes to the top of the page.
  if (note.leadSlug && (slug === note.leadSlug || fragment === note.leadSlug)) return { kind: 'note', note };
  const candidates = note.headings.flatMap((heading) => [heading.slug, heading.text]);
  const closest = closestOf(fragment, candidates);
  const suggestion = closest === undefined ? undefined : `#${note.headings.find((heading) => heading.slug === closest || heading.text === closest)?.slug ?? closest}`;
  return { kind: 'broken', problem: `${note.path} has no heading with this anchor`, suggestion };
}

function byName(context: LinkContext, name: string): string | Resolution | undefined {
  const key = nameKeyOf(name);
  const paths = context.vault.byName.get(key) ?? [];
  if (paths.length <= 1) return paths[0];
  // Like Obsidian: a file next to the linking note wins; otherwise the name must be unique.
  const folder = posix.dirname(context.from);
  const near = paths.filter((path) => posix.dirname(path) === folder);
  if (near.length === 1) return near[0];
  return { kind: 'broken', problem: `${paths.length} files have this name (${paths.join(', ')}); write the path instead, e.g. [[${paths[0]!.replace(MARKDOWN, '')}]]` };
}

/** A path inside the notes folder, or undefined if the link climbs out of it. */
function relativeTo(from: string, written: string): string | undefined {
  const path = written.replace(/\\/g, '/');
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(from), path);
  const normal = posix.normalize(joined).replace(/\/$/, '');
  if (normal === '..' || normal.startsWith('../')) return undefined;
  return normal === '.' ? '' : normal;
}

/** The file a path names: exact, then any case, then with ".md" added, then a folder's index. */
function lookup(context: LinkContext, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const { vault } = context;
  const exact = (candidate: string) => (vault.notes.has(candidate) || vault.assets.has(candidate) ? candidate : vault.byLowerPath.get(candidate.toLowerCase()));
  for (const candidate of [path, `${path}.md`]) {
    const hit = exact(candidate);
    if (hit) return hit;
  }
  for (const index of ['index.md', 'README.md']) {
    const hit = exact(path ? `${path}/${index}` : index);
    if (hit) return hit;
  }
  return undefined;
}

function suggestPath(context: LinkContext, path: string): string | undefined {
  const pool = [...context.vault.notes.keys(), ...context.vault.assets];
  const kind = fileKindOf(MARKDOWN.test(path) || !/\.[a-z0-9]+$/i.test(path) ? `${path}.md` : path);
  const candidates = pool.filter((candidate) => fileKindOf(candidate) === kind);
  const name = (value: string) => (value.split('/').at(-1) ?? value).replace(/\.[^.]+$/, '').toLowerCase();
  const best = closestBy(name(path), candidates, name);
  return best === undefined ? undefined : relativePath(context.from, best);
}

function suggestName(context: LinkContext, name: string): string | undefined {
  const kind = fileKindOf(/\.[a-z0-9]+$/i.test(name) ? name : `${name}.md`);
  const keys = [...context.vault.byName].filter(([, paths]) => paths.some((path) => fileKindOf(path) === kind)).map(([key]) => key);
  const best = closestOf(name.replace(MARKDOWN, '').toLowerCase(), keys);
  if (best === undefined) return undefined;
  const path = context.vault.byName.get(best)?.[0] ?? best;
  return `[[${(path.split('/').at(-1) ?? path).replace(MARKDOWN, '')}]]`;
}

function closestOf(written: string, candidates: readonly string[]): string | undefined {
  return closestBy(written, candidates, (candidate) => candidate);
}

/**
 * The candidate nearest to what was written, if near enough to be a likely typo: edit distance
 * to the whole candidate, or to its start (plus one) when the name was cut short.
 */
function closestBy(written: string, candidates: readonly string[], key: (candidate: string) => string): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const target = written.toLowerCase();
  for (const candidate of candidates) {
    const value = key(candidate).toLowerCase();
    // Authors often leave out a number prefix ("调度器" for "01-调度器"): compare without it too.
    const bare = stripOrderPrefix(value);
    const score = Math.min(distance(target, value), distance(target, value.slice(0, target.length)) + 1, distance(target, bare));
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(1, Math.floor(target.length * 0.4)) && bestScore < target.length ? best : undefined;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const IMAGE = /\.(avif|bmp|gif|ico|jpe?g|png|svg|tiff?|webp)$/i;

/** What a file is, for "did you mean": a note, an image, or else its extension (issue 12, case 10). */
export function fileKindOf(path: string): string {
  if (MARKDOWN.test(path)) return 'note';
  if (IMAGE.test(path)) return 'image';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? 'note';
  return SAME_KIND[extension] ?? extension;
}

/** Extensions that name one kind of file. */
const SAME_KIND: Record<string, string> = { yml: 'yaml', htm: 'html', tgz: 'gz' };
