// Resolves a link as an author wrote it, in the editor they wrote it in, to what it points at in
// the notes folder: relative and rooted Markdown links (encoded or not, any case, with #anchors
// matched the way rehype-slug makes ids) and Obsidian wikilinks (by path or by unique name).
// Pure functions over a Vault; table tests in link-resolver.test.ts.
import { posix } from 'node:path';
import { distance } from 'fastest-levenshtein';
import Slugger from 'github-slugger';
import { nameKeyOf, stripOrderPrefix } from './paths.ts';
import type { Vault, VaultNote } from './vault.ts';

export type Resolution =
  | { kind: 'external' }
  | { kind: 'note'; note: VaultNote; /** A heading's id, or undefined for the top of the page. */ fragment?: string | undefined }
  | { kind: 'asset'; path: string }
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
  const path = relativeTo(context.from, decode(url.slice(0, first).replace(/\?.*$/, '')));
  if (path === undefined) return { kind: 'broken', problem: 'it points outside the notes folder' };
  return { kind: 'broken', problem: 'no such file in the notes folder', suggestion: suggestPath(context, path) };
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
  const wantsNote = MARKDOWN.test(path) || !/\.[a-z0-9]+$/i.test(path);
  const candidates = pool.filter((candidate) => MARKDOWN.test(candidate) === wantsNote);
  const name = (value: string) => (value.split('/').at(-1) ?? value).replace(/\.[^.]+$/, '').toLowerCase();
  const best = closestBy(name(path), candidates, name);
  return best === undefined ? undefined : relativePath(context.from, best);
}

function suggestName(context: LinkContext, name: string): string | undefined {
  const best = closestOf(name.replace(MARKDOWN, '').toLowerCase(), [...context.vault.byName.keys()]);
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
